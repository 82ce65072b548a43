package de.kreativland.transfer.common;

/**
 * Page number and size of a list request. Resources take them as validated query parameters
 * ({@code page} 0..MAX_PAGE, {@code size} 1..MAX_SIZE) so that errors name the query parameter.
 */
public record PageParams(int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;
    public static final String PAGE_DESCRIPTION = "Zero-based page number";
    public static final String SIZE_DESCRIPTION = "Items per page, at most 100";

    public int offset() {
        return page * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
