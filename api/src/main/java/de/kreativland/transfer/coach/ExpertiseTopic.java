package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A topic coaches advise on")
public record ExpertiseTopic(
        @Schema(required = true, example = "FINANCING", maxLength = 40, pattern = CoachInput.TOPIC_KEY) String key,
        @Schema(required = true, example = "Finanzierung", maxLength = 200) String nameDe,
        @Schema(required = true, example = "Financing", maxLength = 200) String nameEn,
        @Schema(required = true, description = "Display order", minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX) int position) {
}
