package de.kreativland.transfer.concept;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One section in two versions")
public record SectionDiff(
        @Schema(required = true) SectionKey key,
        @Schema(required = true) boolean changed,
        @Schema(nullable = true, description = "Markdown in the older version; absent when empty and for the transfer plan",
                maxLength = ConceptSections.MAX_TEXT) String before,
        @Schema(nullable = true, description = "Markdown in the newer version; absent when empty and for the transfer plan",
                maxLength = ConceptSections.MAX_TEXT) String after,
        @Schema(nullable = true, description = "TRANSFER_PLAN only: the steps compared position by position",
                maxItems = ConceptSections.MAX_STEPS) List<StepDiff> steps) {
}
