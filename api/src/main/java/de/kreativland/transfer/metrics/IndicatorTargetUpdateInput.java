package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New baseline and target of a target (indicator, scope and period stay); at least one of them")
public record IndicatorTargetUpdateInput(
        @Schema(nullable = true, minimum = "0") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal baseline,
        @Schema(nullable = true, minimum = "0") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal target) {
}
