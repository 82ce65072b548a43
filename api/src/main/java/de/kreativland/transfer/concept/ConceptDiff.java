package de.kreativland.transfer.concept;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Section-by-section comparison of two versions of a concept")
public record ConceptDiff(
        @Schema(required = true) UUID conceptId,
        @Schema(required = true) int from,
        @Schema(required = true) int to,
        @Schema(required = true) boolean titleChanged,
        @Schema(required = true) String titleBefore,
        @Schema(required = true) String titleAfter,
        @Schema(required = true, description = "Keys of the changed sections, in section order") List<SectionKey> changedSections,
        @Schema(required = true, description = "All eleven sections in order") List<SectionDiff> sections) {
}
