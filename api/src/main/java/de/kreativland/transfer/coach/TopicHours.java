package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Bounds;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hours of one topic, summed over an organisation's assignments of that topic; a session counts against its assignment's topic")
public record TopicHours(
        @Schema(required = true, description = "Key of the expertise topic", maxLength = 40) String topic,
        @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int assignments,
        @Schema(required = true) BigDecimal hourBudget,
        @Schema(required = true) BigDecimal hoursUsed,
        @Schema(required = true, description = "Negative when over budget") BigDecimal hoursRemaining,
        @Schema(required = true) boolean overBudget) {
}
