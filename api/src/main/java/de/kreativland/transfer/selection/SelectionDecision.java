package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.Lifecycle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The coordinator's decision on a candidate; SELECTED makes the organisation a best-practice partner")
public enum SelectionDecision implements Lifecycle<SelectionDecision> {
    SELECTED, WAITLISTED, REJECTED;

    /** Decisions that may follow this one: only a waitlisted candidate can be decided again. */
    @Override
    public List<SelectionDecision> next() {
        return this == WAITLISTED ? List.of(SELECTED, REJECTED) : List.of();
    }
}
