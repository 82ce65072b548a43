package de.kreativland.transfer.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The consent text a sign-up agrees to, in one language")
public record NewsletterConsent(
        @Schema(required = true, maxLength = 40) String version,
        @Schema(required = true, pattern = "^(de|en)$", maxLength = 2) String language,
        @Schema(required = true, maxLength = 2000) String text) {
}
