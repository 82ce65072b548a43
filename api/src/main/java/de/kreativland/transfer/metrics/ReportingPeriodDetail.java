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
        @Schema(required = true, description = "Statuses the caller may move it to next (four eyes: not APPROVED for whoever submitted it)", maxItems = 4)
        List<PeriodStatus> allowedTransitions,
        @Schema(required = true, description = "True when the caller submitted it, so another person must approve it") boolean submittedByYou,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static ReportingPeriodDetail of(ReportingPeriod p, String caller) {
        boolean submittedByYou = p.submittedBy != null && p.submittedBy.equals(caller);
        List<PeriodStatus> allowed = p.status.next().stream()
                .filter(to -> !(to == PeriodStatus.APPROVED && submittedByYou)).toList();
        return new ReportingPeriodDetail(p.id, p.name, p.startsOn, p.endsOn, p.status, allowed, submittedByYou, p.version);
    }
}
