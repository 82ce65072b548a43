package de.kreativland.transfer.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A contact person as created or saved")
public record ContactInput(
        @NotBlank @Size(max = 200) @Schema(required = true) String name,
        @Size(max = 200) @Schema(nullable = true) String function,
        @Email @Size(max = 254) @Schema(nullable = true, format = "email") String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+()/ -]*", message = "{kl.partner.phone}") @Schema(nullable = true) String phone) {
}
