package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.OrganisationRef;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A user's membership in an organisation")
public record Membership(
        @Schema(required = true, description = "Keycloak subject of the member", maxLength = 255) String subject,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, maxLength = 255) String createdBy) {
}
