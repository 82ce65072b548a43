package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A narrative section of a report (\"Version B\") beside the figures, in Markdown")
public record ReportNarrativeDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID scopeId,
        UUID periodId,
        @Schema(required = true, description = "First day it is about (the period's when it belongs to a period)") LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true, minimum = "0", maximum = "1000") int position,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, description = "Markdown", maxLength = 20000) String body,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}
