package de.kreativland.transfer.mail;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A confirmed subscriber, for admins")
public record NewsletterSubscriber(
        @Schema(required = true, format = "email", maxLength = 254) String email,
        @Schema(required = true, pattern = "^(de|en)$", maxLength = 2) String language,
        @Schema(required = true, maxLength = 40) String consentVersion,
        @Schema(required = true) OffsetDateTime consentedAt,
        @Schema(required = true) OffsetDateTime confirmedAt) {
}
