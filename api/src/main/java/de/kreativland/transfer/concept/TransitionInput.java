package de.kreativland.transfer.concept;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lifecycle step: IN_REVIEW submits (and freezes a version), CHANGES_REQUESTED sends back, APPROVED, PUBLISHED, ARCHIVED; DRAFT from PUBLISHED starts a new version")
public record TransitionInput(
        @Schema(required = true) @NotNull ConceptStatus to,
        @Schema(nullable = true, description = "Why, for the history") @Size(max = 2000) String note) {
}
