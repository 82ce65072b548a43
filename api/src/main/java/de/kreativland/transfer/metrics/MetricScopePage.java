package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.sync.Removal;
import de.kreativland.transfer.sync.SyncPageFactory;
import de.kreativland.transfer.sync.SyncParams;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of scopes, by state, kind and name")
public record MetricScopePage(
        @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<MetricScopeDetails> items,
        @Schema(required = true, description = "Zero-based page number", minimum = "0", maximum = PageParams.MAX_PAGE_VALUE) int page,
        @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_VALUE) int size,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_ITEMS) long totalItems,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_PAGES) int totalPages,
        @Schema(description = SyncParams.NEXT_CURSOR_DESCRIPTION, maxLength = 200) String nextCursor,
        @Schema(description = SyncParams.REMOVED_DESCRIPTION, maxItems = PageParams.MAX_SIZE) List<Removal> removed) {

    public MetricScopePage(List<MetricScopeDetails> items, int page, int size, long totalItems, int totalPages) {
        this(items, page, size, totalItems, totalPages, null, null);
    }

    public static SyncPageFactory<MetricScopeDetails, MetricScopePage> syncWindow() {
        return (items, size, remaining, remainingPages, nextCursor, removed) ->
                new MetricScopePage(items, 0, size, remaining, remainingPages, nextCursor, removed);
    }
}
