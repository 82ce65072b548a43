package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value of a MANUAL indicator: FLOW indicators need validFrom and validTo, STOCK indicators asOf")
public record MeasurementInput(
        @Schema(required = true) @NotNull @Size(max = IndicatorKeys.MAX_LENGTH) @Pattern(regexp = IndicatorKeys.PATTERN) String indicatorKey,
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(required = true, minimum = "0", example = "212") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(nullable = true) LocalDate asOf,
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) String note) {
}
