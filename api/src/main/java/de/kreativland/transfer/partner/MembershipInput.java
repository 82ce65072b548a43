package de.kreativland.transfer.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Makes a Keycloak user a member of an organisation")
public record MembershipInput(@NotBlank @Size(max = 255) @Schema(required = true, description = "Keycloak subject (user id)") String subject) {
}
