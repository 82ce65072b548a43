package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A narrative section for a scope and either a reporting period or a date range")
public record ReportNarrativeInput(
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(nullable = true) UUID periodId,
        @Schema(nullable = true) LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn,
        @Schema(nullable = true, minimum = "0", maximum = "1000") @Min(0) @Max(1000) Integer position,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(required = true, maxLength = 20000, description = "Markdown") @NotBlank @Size(max = 20000) String body) {
}
