package de.kreativland.transfer.tandem;

import de.kreativland.transfer.concept.ConceptSections;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tandem in a list")
public record TandemSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) TandemOrganisation bestPracticeOrganisation,
        @Schema(required = true) TandemOrganisation tandemOrganisation,
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, maxLength = 200) String conceptTitle,
        @Schema(required = true) TandemStatus status,
        @Schema(nullable = true) LocalDate startedOn,
        @Schema(nullable = true) LocalDate endedOn,
        @Schema(required = true, minimum = "0", maximum = "100", description = "Share of milestones done, in percent, rounded down") int progressPercent,
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS,
                description = "Milestones of an ACTIVE tandem past their due date and not done") int overdueMilestones,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
