package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public entry of the partner directory")
public record PartnerSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Künstlerstadt Kalbe e.V.") String name,
        @Schema(required = true, example = "Kalbe (Milde)") String town,
        @Schema(required = true) GermanState state,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true) ProgrammeRole programmeRole,
        @Schema(nullable = true) Integer foundingYear,
        @Schema(nullable = true, format = "uri") String website,
        @Schema(nullable = true, description = "Short public description") String summary,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude) {
}
