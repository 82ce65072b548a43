package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.PageParams;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of tandem suggestions for a concept, best match first")
public record TandemSuggestions(
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<TandemSuggestion> items,
        @Schema(required = true, description = "Zero-based page number", minimum = "0", maximum = PageParams.MAX_PAGE_VALUE) int page,
        @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_VALUE) int size,
        @Schema(required = true, description = "Candidates ranked (at most " + TandemMatcher.MAX_CANDIDATES + ")",
                minimum = "0", maximum = "" + TandemMatcher.MAX_CANDIDATES) long totalItems,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_PAGES) int totalPages) {
}
