package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.Lifecycle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Lifecycle of a transfer concept: DRAFT → IN_REVIEW → CHANGES_REQUESTED → IN_REVIEW → APPROVED →
 * PUBLISHED, and ARCHIVED from every other status. PUBLISHED → DRAFT starts a revision: the published
 * version stays public until the next one is published. Who may take a step is decided by {@link ConceptAccess}.
 */
@Schema(description = "Lifecycle status: DRAFT → IN_REVIEW → (CHANGES_REQUESTED → IN_REVIEW)* → APPROVED → PUBLISHED; "
        + "PUBLISHED → DRAFT starts a revision while the published version stays public; ARCHIVED from any other status")
public enum ConceptStatus implements Lifecycle<ConceptStatus> {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, ARCHIVED;

    public static final String PATTERN = "^(DRAFT|IN_REVIEW|CHANGES_REQUESTED|APPROVED|PUBLISHED|ARCHIVED)$";

    /** The statuses reachable from this one, whoever asks. */
    @Override
    public List<ConceptStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> List.of(CHANGES_REQUESTED, APPROVED, ARCHIVED);
            case CHANGES_REQUESTED -> List.of(IN_REVIEW, ARCHIVED);
            case APPROVED -> List.of(PUBLISHED, ARCHIVED);
            case PUBLISHED -> List.of(DRAFT, ARCHIVED);
            case ARCHIVED -> List.of();
        };
    }

    /** The owning partner changes the working copy only in these statuses. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
