package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.Bounds;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Daily view counts of a module between two days (inclusive); days without views are left out")
public record ModuleViews(
        @Schema(required = true) UUID moduleId,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, minimum = "0", maximum = Bounds.LONG_MAX) long anonymousViews,
        @Schema(required = true, minimum = "0", maximum = Bounds.LONG_MAX) long signedInViews,
        @Schema(required = true, maxItems = LearningModuleResource.MAX_VIEW_DAYS) List<DailyViews> days) {
}
