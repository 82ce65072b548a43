package de.kreativland.transfer.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Erases one person, named by exactly one of subject and email; confirmation repeats it")
public record PersonalDataErasureInput(
        @Size(min = 1, max = 255) @Schema(description = "Keycloak subject (user id) of the person") String subject,
        @Size(max = 254) @Email @Schema(description = "E-mail address of the person (contact person, coach)") String email,
        @NotBlank @Size(max = 255) @Schema(required = true, description = "The subject or e-mail address again, typed by the admin as confirmation")
        String confirmation) {
}
