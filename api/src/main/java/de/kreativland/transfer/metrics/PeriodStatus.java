package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.Lifecycle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN periods take figures; SUBMITTED and APPROVED ones only an admin's changes; LOCKED ones only an admin's correction with a reason")
public enum PeriodStatus implements Lifecycle<PeriodStatus> {
    OPEN, SUBMITTED, APPROVED, LOCKED;

    /** The statuses a period may go to from this one. */
    @Override
    public List<PeriodStatus> next() {
        return switch (this) {
            case OPEN -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(APPROVED, OPEN);
            case APPROVED -> List.of(LOCKED, OPEN);
            case LOCKED -> List.of();
        };
    }
}
