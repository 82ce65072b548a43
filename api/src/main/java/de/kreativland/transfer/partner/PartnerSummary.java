package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public entry of the partner directory")
public record PartnerSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Künstlerstadt Kalbe e.V.", maxLength = 200) String name,
        @Schema(required = true, example = "Kalbe (Milde)", maxLength = 120) String town,
        @Schema(required = true) GermanState state,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true) ProgrammeRole programmeRole,
        @Schema(nullable = true, minimum = "1800", maximum = "2100") Integer foundingYear,
        @Schema(nullable = true, format = "uri", maxLength = 500) String website,
        @Schema(nullable = true, description = "Short public description", maxLength = 500) String summary,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude) {
}
