package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Internal profile of an organisation: every non-personal field")
public record OrganisationDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(nullable = true) String legalForm,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String postalCode,
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
        @Schema(nullable = true) String description,
        @Schema(required = true, description = "Expertise topics the organisation asks for") List<String> requestedTopics,
        @Schema(nullable = true) ProgrammeRole programmeRole,
        @Schema(required = true, description = "Changes with every save; also sent as ETag") long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
