package de.kreativland.transfer.mail;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A newsletter sign-up: the address, the language of the mails, and the consent to the text of consentVersion")
public record NewsletterSignUp(
        @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Size(max = 254) @Email @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") String email,
        @Schema(required = true, pattern = "^(de|en)$", maxLength = 2) @NotNull @Pattern(regexp = "^(de|en)$") String language,
        @Schema(required = true, description = "Must be true: the person agrees to the consent text") @NotNull @AssertTrue(message = "Consent is required") Boolean consent,
        @Schema(required = true, description = "Version of the consent text shown (GET /newsletter/consent)", maxLength = 40) @NotBlank @Size(max = 40) String consentVersion) {
}
