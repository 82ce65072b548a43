package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Internal profile of an organisation: every non-personal field")
public record OrganisationDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 60) String legalForm,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(nullable = true, maxLength = 200) String street,
        @Schema(nullable = true, maxLength = 5, pattern = "^[0-9]{5}$") String postalCode,
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
        @Schema(nullable = true, maxLength = 20000) String description,
        @Schema(required = true, description = "Expertise topics the organisation asks for", maxItems = 6)
        List<@Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> requestedTopics,
        @Schema(nullable = true) ProgrammeRole programmeRole,
        @Schema(required = true, description = "Changes with every save; also sent as ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
