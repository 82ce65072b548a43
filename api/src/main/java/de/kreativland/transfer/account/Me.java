package de.kreativland.transfer.account;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed-in user or integration client, as the API sees it")
public record Me(
        @Schema(required = true, description = "Keycloak subject (user id)", maxLength = CurrentUser.MAX_NAME) String subject,
        @Schema(required = true, maxLength = CurrentUser.MAX_NAME) String username,
        @Schema(required = true, description = "Display name", maxLength = CurrentUser.MAX_NAME) String name,
        @Schema(nullable = true, format = "email", maxLength = CurrentUser.MAX_EMAIL) String email,
        @Schema(required = true, description = "Programme roles: admin, coordinator, coach, partner, advisor, integration", maxItems = 6)
        List<@Size(max = 11) String> roles,
        @Schema(required = true, description = "States an advisor is limited to; empty when not limited", maxItems = 16) List<GermanState> states,
        @Schema(nullable = true, description = "The organisation the user belongs to, if any") OrganisationRef organisation) {
}
