package de.kreativland.transfer.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registration for a public event")
public record RegistrationInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(required = true, format = "email", maxLength = 254) @NotBlank @Size(max = 254) @Email String email,
        @Schema(required = true, description = "Consent to storing name and e-mail for this event; must be true") @NotNull @AssertTrue(message = "is required") Boolean consent,
        @Schema(nullable = true, description = "The consent text the person saw, stored with the registration", maxLength = 2000) @Size(max = 2000) String consentText,
        @Schema(nullable = true, description = "Language of the mails about this registration (de or en); absent: the request's Accept-Language",
                maxLength = 2, pattern = "^(de|en)$") @Size(max = 2) @Pattern(regexp = "^(de|en)$", message = "must be de or en") String language) {
}
