package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Bounds;
import de.kreativland.transfer.common.ETags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A topic coaches advise on")
public record ExpertiseTopic(
        @Schema(required = true, example = "FINANCING", maxLength = 40, pattern = CoachInput.TOPIC_KEY) String key,
        @Schema(required = true, example = "Finanzierung", maxLength = 200) String nameDe,
        @Schema(required = true, example = "Financing", maxLength = 200) String nameEn,
        @Schema(required = true, description = "Display order", minimum = Bounds.INT_MIN, maximum = Bounds.INT_MAX) int position,
        @Schema(required = true, description = "Archived: kept where it is named, no longer offered for new coaches") boolean archived,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}
