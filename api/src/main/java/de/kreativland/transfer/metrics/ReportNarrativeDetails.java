package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
