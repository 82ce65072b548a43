package de.kreativland.transfer.common;

/**
 * Page number and size of a list request, or the keyset cursor {@code after} (see {@link Keyset}) for lists that offer it. Resources take them as validated query parameters
 * ({@code page} 0..MAX_PAGE, {@code size} 1..MAX_SIZE) so that errors name the query parameter.
 */
public record PageParams(int page, int size, String after) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;
    public static final String PAGE_DESCRIPTION = "Zero-based page number";
    public static final String SIZE_DESCRIPTION = "Items per page, at most 100";
    /** The same bounds as text, for the contract's annotations; totals are counts of rows (bigint). */
    public static final String MAX_PAGE_VALUE = "" + MAX_PAGE;
    public static final String MAX_SIZE_VALUE = "" + MAX_SIZE;
    public static final String MAX_TOTAL_ITEMS = Bounds.LONG_MAX;
    public static final String MAX_TOTAL_PAGES = Bounds.INT_MAX;
    /** Totals are counted exactly up to this many items and estimated beyond (see Page#totalItemsEstimated). */
    public static final int EXACT_TOTAL = 10_000;
    public static final String EXACT_TOTAL_VALUE = "10000";

    public PageParams(int page, int size) {
        this(page, size, null);
    }

    /** The rows before this page; 400 naming {@code after} when the request pages by keyset, which this list does not offer. */
    public int offset() {
        if (after != null) {
            throw Problems.invalidQuery("after", "common.pages-by-number");
        }
        return page * size;
    }

    public int totalPages(long totalItems) {
        return (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
    }
}
