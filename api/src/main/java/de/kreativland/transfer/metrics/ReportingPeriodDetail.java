package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reporting period and its status")
public record ReportingPeriodDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true) PeriodStatus status,
        @Schema(required = true, description = "Statuses it may go to next", maxItems = 4) List<PeriodStatus> allowedTransitions,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static ReportingPeriodDetail of(ReportingPeriod p) {
        return new ReportingPeriodDetail(p.id, p.name, p.startsOn, p.endsOn, p.status, p.status.next(), p.version);
    }
}
