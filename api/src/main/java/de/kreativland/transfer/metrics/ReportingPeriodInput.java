package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new reporting period; it starts OPEN")
public record ReportingPeriodInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull LocalDate startsOn,
        @Schema(required = true, description = "Last day, inclusive") @NotNull LocalDate endsOn) {
}
