package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public profile of a partner organisation: no personal data")
public record PartnerProfile(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(nullable = true, example = "e.V.") String legalForm,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true) String street,
        @Schema(nullable = true, example = "39624") String postalCode,
        @Schema(required = true) String town,
        @Schema(nullable = true) String municipality,
        @Schema(nullable = true) String district,
        @Schema(required = true) GermanState state,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude,
        @Schema(nullable = true) Integer foundingYear,
        @Schema(nullable = true) Integer teamSize,
        @Schema(nullable = true, format = "uri") String website,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true, description = "Public description (Markdown)") String description,
        @Schema(nullable = true) ProgrammeRole programmeRole) {
}
