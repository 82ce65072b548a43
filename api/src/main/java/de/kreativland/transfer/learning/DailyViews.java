package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.Bounds;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How often a module was read on one day (Europe/Berlin); counts only, nobody is named")
public record DailyViews(
        @Schema(required = true) LocalDate day,
        @Schema(required = true, minimum = "0", maximum = Bounds.INT_MAX) int anonymousViews,
        @Schema(required = true, minimum = "0", maximum = Bounds.INT_MAX) int signedInViews) {
}
