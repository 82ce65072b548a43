package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.OrganisationRef;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A user's membership in an organisation")
public record Membership(
        @Schema(required = true, description = "Keycloak subject of the member", maxLength = 255) String subject,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, maxLength = 255) String createdBy,
        @Schema(nullable = true, description = "The member's name when redeeming an invitation; absent when added by subject", maxLength = 255)
        String memberName,
        @Schema(nullable = true, description = "The member's programme roles when redeeming an invitation, comma-separated", maxLength = 100)
        String memberRoles) {
}
