package de.kreativland.transfer.account;

import de.kreativland.transfer.common.GermanState;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed-in user or integration client, as the API sees it")
public record Me(
        @Schema(required = true, description = "Keycloak subject (user id)") String subject,
        @Schema(required = true) String username,
        @Schema(required = true, description = "Display name") String name,
        @Schema(nullable = true, format = "email") String email,
        @Schema(required = true, description = "Programme roles: admin, coordinator, coach, partner, advisor, integration") List<String> roles,
        @Schema(required = true, description = "States an advisor is limited to; empty when not limited") List<GermanState> states,
        @Schema(nullable = true, description = "The organisation the user belongs to, if any") OrganisationRef organisation) {
}
