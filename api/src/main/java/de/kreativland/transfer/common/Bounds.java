package de.kreativland.transfer.common;

/**
 * Bounds of Java's number types as text, for the contract's @Schema(minimum, maximum) where nothing narrower
 * holds (counts of rows, sums, versions).
 */
public final class Bounds {
    public static final String INT_MIN = "" + Integer.MIN_VALUE;
    public static final String INT_MAX = "" + Integer.MAX_VALUE;
    public static final String LONG_MAX = "" + Long.MAX_VALUE;

    private Bounds() {
    }
}
