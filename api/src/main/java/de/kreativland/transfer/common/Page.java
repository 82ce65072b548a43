package de.kreativland.transfer.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, the answer of every list operation. In an incremental-sync answer ({@code updatedSince} or
 * {@code cursor}) it is the window of changes since the cursor: page is 0, totalItems counts the changes left, and
 * nextCursor and removed are set; in an ordinary page they are absent (null fields are not serialized).
 * Its schemas are named after the item: {@code Page<PartnerSummary>} is {@code PagePartnerSummary}. No class-level
 * {@code @Schema}: that would add an unused raw {@code Page} schema to the contract.
 */
public record Page<T>(
        @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<T> items,
        @Schema(required = true, description = "Zero-based page number", minimum = "0", maximum = PageParams.MAX_PAGE_VALUE) int page,
        @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_VALUE) int size,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_ITEMS) long totalItems,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_PAGES) int totalPages,
        @Schema(description = NEXT_CURSOR_DESCRIPTION, maxLength = 200) String nextCursor,
        @Schema(description = REMOVED_DESCRIPTION, maxItems = PageParams.MAX_SIZE) List<Removal> removed,
        @Schema(description = Keyset.NEXT_AFTER_DESCRIPTION, maxLength = Keyset.MAX_LENGTH, pattern = Keyset.PATTERN) String nextAfter,
        @Schema(description = TOTAL_ESTIMATED_DESCRIPTION) Boolean totalItemsEstimated) {
    public static final String NEXT_CURSOR_DESCRIPTION = "Incremental sync only: pass it as cursor in the next request. "
            + "In a sync answer totalItems counts the changes left including this window, and page is 0.";
    public static final String REMOVED_DESCRIPTION = "Incremental sync only: items deleted, or no longer visible to the caller with these filters, since the cursor";

    public static final String TOTAL_ESTIMATED_DESCRIPTION = "true when totalItems (and totalPages) is the database's estimate "
            + "rather than an exact count: lists count exactly up to " + PageParams.EXACT_TOTAL_VALUE + " items and estimate beyond; absent when exact";

    /** An ordinary page: no sync fields. */
    public Page(List<T> items, int page, int size, long totalItems, int totalPages) {
        this(items, page, size, totalItems, totalPages, null, null, null, null);
    }

    /** An incremental-sync window (no keyset fields). */
    public Page(List<T> items, int page, int size, long totalItems, int totalPages, String nextCursor, List<Removal> removed) {
        this(items, page, size, totalItems, totalPages, nextCursor, removed, null, null);
    }

    /** The same page with its total flagged as the database's estimate when it is one. */
    public Page<T> withTotalEstimated(boolean estimated) {
        return new Page<>(items, page, size, totalItems, totalPages, nextCursor, removed, nextAfter, estimated ? Boolean.TRUE : null);
    }

    /** The same page continued by keyset paging with {@code nextAfter} (null on the last page). */
    public Page<T> withNextAfter(String nextAfter) {
        return new Page<>(items, page, size, totalItems, totalPages, nextCursor, removed, nextAfter, totalItemsEstimated);
    }

    /** An incremental-sync window: {@code remaining} changes left including this window, continued by {@code nextCursor}. */
    public static <T> Page<T> syncWindow(List<T> items, int size, long remaining, String nextCursor, List<Removal> removed) {
        int remainingPages = (int) ((remaining + size - 1) / size);
        return new Page<>(items, 0, size, remaining, remainingPages, nextCursor, removed);
    }
}
