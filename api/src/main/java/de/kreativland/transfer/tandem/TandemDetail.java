package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tandem: visible to staff, the members of both organisations and the coaches assigned to either")
public record TandemDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) TandemOrganisation bestPracticeOrganisation,
        @Schema(required = true) TandemOrganisation tandemOrganisation,
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, maxLength = 200) String conceptTitle,
        @Schema(required = true) TandemStatus status,
        @Schema(nullable = true, minimum = "1", maximum = "" + TandemMatcher.MAX_CANDIDATES,
                description = "Rank of the tandem organisation among the concept's suggestions when it was picked")
        Integer suggestionRank,
        @Schema(nullable = true, minimum = "0", maximum = "1", description = "Its score then") Double suggestionScore,
        @Schema(nullable = true, description = "Why the coordinator picked it over higher-ranked candidates", maxLength = 2000) String selectionReason,
        @Schema(nullable = true, description = "Day the tandem became ACTIVE") LocalDate startedOn,
        @Schema(nullable = true, description = "Day it was COMPLETED or CANCELLED") LocalDate endedOn,
        @Schema(nullable = true, maxLength = 2000) String cancelReason,
        @Schema(required = true, minimum = "0", maximum = "100", description = "Share of milestones done, in percent, rounded down") int progressPercent,
        @Schema(required = true) MilestoneCounts milestones,
        @Schema(required = true, description = "Agreement of the best-practice organisation") TandemAgreement bestPracticeAgreement,
        @Schema(required = true, description = "Agreement of the tandem organisation") TandemAgreement tandemAgreement,
        @Schema(required = true, description = "Lifecycle steps the caller may take now", maxItems = 5) List<TandemStatus> availableTransitions,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Also the ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}
