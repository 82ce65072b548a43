package de.kreativland.transfer.coach;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Coaching hours of one organisation per topic and in total")
public record OrganisationCoaching(
        @Schema(required = true) CoachedOrganisation organisation,
        @Schema(required = true, description = "Topics with at least one assignment, in topic order", maxItems = ExpertiseTopics.MAX_TOPICS) List<TopicHours> topics,
        @Schema(required = true) BigDecimal hourBudget,
        @Schema(required = true) BigDecimal hoursUsed,
        @Schema(required = true, description = "Negative when over budget") BigDecimal hoursRemaining) {
}
