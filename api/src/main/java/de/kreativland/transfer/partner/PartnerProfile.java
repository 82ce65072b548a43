package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public profile of a partner organisation: no personal data")
public record PartnerProfile(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(nullable = true, example = "e.V.", maxLength = 60) String legalForm,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true, maxLength = 200) String street,
        @Schema(nullable = true, example = "39624", maxLength = 5, pattern = "^[0-9]{5}$") String postalCode,
        @Schema(required = true, maxLength = 120) String town,
        @Schema(nullable = true, maxLength = 120) String municipality,
        @Schema(nullable = true, maxLength = 120) String district,
        @Schema(required = true) GermanState state,
        @Schema(nullable = true) Double latitude,
        @Schema(nullable = true) Double longitude,
        @Schema(nullable = true, minimum = "1800", maximum = "2100") Integer foundingYear,
        @Schema(nullable = true, minimum = "0", maximum = "100000") Integer teamSize,
        @Schema(nullable = true, format = "uri", maxLength = 500) String website,
        @Schema(nullable = true, maxLength = 500) String summary,
        @Schema(nullable = true, description = "Public description (Markdown)", maxLength = 20000) String description,
        @Schema(nullable = true) ProgrammeRole programmeRole) {
}
