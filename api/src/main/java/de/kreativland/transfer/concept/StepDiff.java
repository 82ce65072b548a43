package de.kreativland.transfer.concept;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The transfer plan step at one position in both versions")
public record StepDiff(
        @Schema(required = true, description = "1-based position in the plan", minimum = "1", maximum = "" + ConceptSections.MAX_STEPS) int position,
        @Schema(required = true) StepChange change,
        @Schema(nullable = true, description = "The step in the older version; absent when ADDED") TransferStep before,
        @Schema(nullable = true, description = "The step in the newer version; absent when REMOVED") TransferStep after) {
}
