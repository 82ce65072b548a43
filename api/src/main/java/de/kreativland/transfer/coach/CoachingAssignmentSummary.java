package de.kreativland.transfer.coach;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach assigned to an organisation for one topic, with the hours used against its budget")
public record CoachingAssignmentSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) CoachRef coach,
        @Schema(required = true) CoachedOrganisation organisation,
        @Schema(required = true, description = "Key of the expertise topic", maxLength = 40) String topic,
        @Schema(required = true, example = "20.00") BigDecimal hourBudget,
        @Schema(required = true, description = "Sum of the sessions' durations in hours, to two decimals") BigDecimal hoursUsed,
        @Schema(required = true, description = "Budget minus hours used; negative when over budget") BigDecimal hoursRemaining,
        @Schema(required = true, description = "More hours used than budgeted") boolean overBudget,
        @Schema(required = true, description = "Hours used beyond the budget; 0 within it", example = "0.00") BigDecimal hoursOver) {
}
