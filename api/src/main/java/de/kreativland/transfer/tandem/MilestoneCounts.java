package de.kreativland.transfer.tandem;

import de.kreativland.transfer.concept.ConceptSections;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many milestones a tandem has, by status")
public record MilestoneCounts(
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS) int total,
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS) int open,
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS) int inProgress,
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS) int done,
        @Schema(nullable = true, description = "Earliest due date of a milestone not yet done") LocalDate nextDueOn,
        @Schema(required = true, minimum = "0", maximum = "" + ConceptSections.MAX_STEPS,
                description = "Milestones of an ACTIVE tandem past their due date and not done") int overdue) {

    /** Share of milestones done, in whole percent, rounded down (100 only when all are done); 0 without milestones. */
    public int progressPercent() {
        return total == 0 ? 0 : done * 100 / total;
    }
}
