package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.Bounds;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Section-by-section comparison of two versions of a concept")
public record ConceptDiff(
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int from,
        @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int to,
        @Schema(required = true) boolean titleChanged,
        @Schema(required = true, maxLength = 200) String titleBefore,
        @Schema(required = true, maxLength = 200) String titleAfter,
        @Schema(required = true, description = "Keys of the changed sections, in section order", maxItems = 11) List<SectionKey> changedSections,
        @Schema(required = true, description = "All eleven sections in order", minItems = 11, maxItems = 11) List<SectionDiff> sections) {
}
