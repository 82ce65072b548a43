package de.kreativland.transfer.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Daily view counts of a module between two days (inclusive); days without views are left out")
public record ModuleViews(
        @Schema(required = true) UUID moduleId,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) long anonymousViews,
        @Schema(required = true) long signedInViews,
        @Schema(required = true) List<DailyViews> days) {
}
