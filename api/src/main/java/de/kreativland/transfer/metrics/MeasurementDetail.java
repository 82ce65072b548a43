package de.kreativland.transfer.metrics;

import de.kreativland.transfer.account.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value of a MANUAL indicator: FLOW values cover validFrom..validTo, STOCK values are as of asOf")
public record MeasurementDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 63, pattern = IndicatorKeys.PATTERN) String indicatorKey,
        @Schema(required = true) UUID scopeId,
        @Schema(required = true, example = "212") BigDecimal value,
        @Schema(description = "FLOW: first day covered") LocalDate validFrom,
        @Schema(description = "FLOW: last day covered, inclusive") LocalDate validTo,
        @Schema(description = "STOCK: the day the level was taken") LocalDate asOf,
        @Schema(maxLength = 2000) String note,
        @Schema(required = true, description = "Subject of who entered it", maxLength = CurrentUser.MAX_NAME) String enteredBy,
        @Schema(required = true) OffsetDateTime enteredAt,
        @Schema(description = "The previous value this one corrects") UUID correctsId,
        @Schema(description = "Why the previous value was corrected", maxLength = 2000) String reason,
        @Schema(description = "The value that replaced this one") UUID correctedById,
        @Schema(required = true, description = "Not corrected by a later value: this is what reports count") boolean current,
        @Schema(description = "Every version of this value, oldest first (only on a single measurement); the latest "
                + MeasurementService.MAX_HISTORY + " of a longer chain", maxItems = MeasurementService.MAX_HISTORY) List<MeasurementVersion> history) {

    @Schema(description = "One version of a measurement in its correction history")
    public record MeasurementVersion(
            @Schema(required = true) UUID id,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, maxLength = CurrentUser.MAX_NAME) String enteredBy,
            @Schema(description = "The name of who entered it, as the audit log recorded it", maxLength = CurrentUser.MAX_NAME) String enteredByName,
            @Schema(required = true) OffsetDateTime enteredAt,
            @Schema(description = "Why this version corrected the one before", maxLength = 2000) String reason) {
    }
}
