package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The status a period should go to: OPEN -> SUBMITTED -> APPROVED -> LOCKED; SUBMITTED and APPROVED may go back to OPEN")
public record PeriodTransitionInput(@Schema(required = true) @NotNull PeriodStatus to) {
}
