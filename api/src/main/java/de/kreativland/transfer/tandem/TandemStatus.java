package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.Lifecycle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Lifecycle of a tandem: PROPOSED → AGREED → ACTIVE → COMPLETED, and CANCELLED (with a reason) from every
 * open status. Who may take a step is decided by {@link TandemAccess}.
 */
@Schema(description = "Lifecycle status: PROPOSED → AGREED → ACTIVE → COMPLETED; CANCELLED (with a reason) from PROPOSED, AGREED or ACTIVE")
public enum TandemStatus implements Lifecycle<TandemStatus> {
    PROPOSED, AGREED, ACTIVE, COMPLETED, CANCELLED;

    public static final String PATTERN = "^(PROPOSED|AGREED|ACTIVE|COMPLETED|CANCELLED)$";

    /** The statuses reachable from this one, whoever asks. */
    @Override
    public List<TandemStatus> next() {
        return switch (this) {
            case PROPOSED -> List.of(AGREED, CANCELLED);
            case AGREED -> List.of(ACTIVE, CANCELLED);
            case ACTIVE -> List.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    public boolean open() {
        return this == PROPOSED || this == AGREED || this == ACTIVE;
    }
}
