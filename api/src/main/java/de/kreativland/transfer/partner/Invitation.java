package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.OrganisationRef;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invitation into an organisation; the person opens /invitations/{code} after signing in and redeems it")
public record Invitation(
        @Schema(required = true) UUID id,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true, description = "The realm role the person must hold to redeem it") InvitationRole role,
        @Schema(required = true, description = "The secret of the invitation link", maxLength = 64, pattern = "^[A-Za-z0-9_-]{20,64}$") String code,
        @Schema(required = true) OffsetDateTime expiresAt,
        @Schema(required = true) InvitationStatus status,
        @Schema(nullable = true) OffsetDateTime redeemedAt,
        @Schema(nullable = true, description = "Keycloak subject of the person who redeemed it", maxLength = 255) String redeemedBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, maxLength = 255) String createdBy,
        @Schema(required = true, description = "Optimistic-lock version (the ETag without quotes)", minimum = "0", maximum = de.kreativland.transfer.common.ETags.MAX_VERSION) long version) {
}
