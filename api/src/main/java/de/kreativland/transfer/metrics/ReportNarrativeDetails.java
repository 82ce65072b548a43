package de.kreativland.transfer.metrics;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A narrative section of a report (\"Version B\") beside the figures, in Markdown")
public record ReportNarrativeDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID scopeId,
        UUID periodId,
        @Schema(required = true, description = "First day it is about (the period's when it belongs to a period)") LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true) int position,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Markdown") String body,
        @Schema(required = true) long version) {
}
