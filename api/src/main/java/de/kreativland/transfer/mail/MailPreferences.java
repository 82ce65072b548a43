package de.kreativland.transfer.mail;

import de.kreativland.transfer.account.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed-in person's e-mail notifications: the address from their account, the language, and each kind on or off")
public record MailPreferences(
        @Schema(nullable = true, format = "email", maxLength = CurrentUser.MAX_EMAIL, description = "Address from the account; no mail without one") String email,
        @Schema(required = true, pattern = "^(de|en)$", maxLength = 2, description = "Language of the mails") String language,
        @Schema(required = true, description = "A concept of an organisation I coach, or any concept for coordinators, was submitted") boolean conceptSubmitted,
        @Schema(required = true, description = "Changes were requested to, or approval given for, my organisation's concept") boolean conceptReviewed,
        @Schema(required = true, description = "A learning module was submitted (coordinators)") boolean moduleSubmitted,
        @Schema(required = true, description = "A milestone of my tandem is due within 7 days") boolean milestoneDue) {
}
