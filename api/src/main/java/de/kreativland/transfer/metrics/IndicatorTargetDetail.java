package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Baseline and target of an indicator for one scope and reporting period")
public record IndicatorTargetDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 63, pattern = IndicatorKeys.PATTERN) String indicatorKey,
        @Schema(required = true) UUID scopeId,
        @Schema(required = true) UUID periodId,
        BigDecimal baseline,
        BigDecimal target,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static IndicatorTargetDetail of(IndicatorTarget t) {
        return new IndicatorTargetDetail(t.id, t.indicatorKey, t.scopeId, t.periodId, t.baseline, t.target, t.version);
    }
}
