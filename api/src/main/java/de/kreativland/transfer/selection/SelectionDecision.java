package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.Lifecycle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The coordinator's decision on a candidate; SELECTED makes the organisation a best-practice partner")
public enum SelectionDecision implements Lifecycle<SelectionDecision> {
    SELECTED, WAITLISTED, REJECTED;

    /** Decisions that may follow this one while the round is OPEN: any other; every decision stays in the history. */
    @Override
    public List<SelectionDecision> next() {
        return java.util.Arrays.stream(values()).filter(d -> d != this).toList();
    }
}
