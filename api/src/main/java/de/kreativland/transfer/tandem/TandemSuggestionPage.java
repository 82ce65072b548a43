package de.kreativland.transfer.tandem;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of tandem suggestions for a concept, best match first")
public record TandemSuggestionPage(
        @Schema(required = true) UUID conceptId,
        @Schema(required = true) List<TandemSuggestion> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Candidates ranked (at most " + TandemMatcher.MAX_CANDIDATES + ")") long totalItems,
        @Schema(required = true) int totalPages) {
}
