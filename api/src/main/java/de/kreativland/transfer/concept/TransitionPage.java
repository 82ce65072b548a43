package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.PageParams;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a concept's history, oldest first")
public record TransitionPage(
        @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<Transition> items,
        @Schema(required = true, description = "Zero-based page number", minimum = "0", maximum = PageParams.MAX_PAGE_VALUE) int page,
        @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_VALUE) int size,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_ITEMS) long totalItems,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_PAGES) int totalPages) {
}
