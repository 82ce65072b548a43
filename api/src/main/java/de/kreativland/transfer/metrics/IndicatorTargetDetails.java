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

@Schema(description = "Baseline and target of an indicator for one scope and reporting period")
public record IndicatorTargetDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) String indicatorKey,
        @Schema(required = true) UUID scopeId,
        @Schema(required = true) UUID periodId,
        BigDecimal baseline,
        BigDecimal target,
        @Schema(required = true) long version) {

    static IndicatorTargetDetails of(IndicatorTarget t) {
        return new IndicatorTargetDetails(t.id, t.indicatorKey, t.scopeId, t.periodId, t.baseline, t.target, t.version);
    }
}
