package de.kreativland.transfer.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Redeems an invitation for the signed-in person")
public record InvitationRedemption(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_-]{20,64}$")
        @Schema(required = true, maxLength = 64, pattern = "^[A-Za-z0-9_-]{20,64}$") String code) {
}
