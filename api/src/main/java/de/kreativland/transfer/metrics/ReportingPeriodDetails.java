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

@Schema(description = "A reporting period and its status")
public record ReportingPeriodDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true) PeriodStatus status,
        @Schema(required = true, description = "Statuses it may go to next") List<PeriodStatus> allowedTransitions,
        @Schema(required = true) long version) {

    static ReportingPeriodDetails of(ReportingPeriod p) {
        return new ReportingPeriodDetails(p.id, p.name, p.startsOn, p.endsOn, p.status, p.status.next(), p.version);
    }
}
