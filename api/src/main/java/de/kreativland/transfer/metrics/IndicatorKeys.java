package de.kreativland.transfer.metrics;

/** Indicator keys: lower snake case, at most 63 characters (the key column's check). */
final class IndicatorKeys {
    static final String PATTERN = "^[a-z][a-z0-9_]{1,62}$";
    static final int MAX_LENGTH = 63;

    private IndicatorKeys() {
    }
}
