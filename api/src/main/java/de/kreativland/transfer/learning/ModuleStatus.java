package de.kreativland.transfer.learning;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Lifecycle of a learning module: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED")
public enum ModuleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** The workflow, whoever asks: authors submit and withdraw, staff send back, publish, archive and republish. */
    List<ModuleStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(IN_REVIEW);
            case IN_REVIEW -> List.of(DRAFT, PUBLISHED);
            case PUBLISHED -> List.of(ARCHIVED);
            case ARCHIVED -> List.of(PUBLISHED);
        };
    }

    /** Steps only coordinators and admins take. */
    boolean needsStaff() {
        return this == PUBLISHED || this == ARCHIVED;
    }

    boolean editableByAuthors() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
