package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Baseline and target for an indicator, scope and period; at least one of them")
public record IndicatorTargetInput(
        @Schema(required = true) @NotNull @Size(max = IndicatorKeys.MAX_LENGTH) @Pattern(regexp = IndicatorKeys.PATTERN) String indicatorKey,
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(required = true) @NotNull UUID periodId,
        @Schema(nullable = true, minimum = "0") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal baseline,
        @Schema(nullable = true, minimum = "0") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal target) {
}
