package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A corrected value and why; the previous value stays in the history")
public record MeasurementCorrectionInput(
        @Schema(required = true, minimum = "0") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String reason) {
}
