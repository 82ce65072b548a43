package de.kreativland.transfer.common;

import java.time.LocalDate;

/**
 * The one rule for whether a write may change a reporting period's figures, answered by the metrics feature
 * ({@code metrics.ReportingPeriodService}). Every write that feeds a period's figures (measurements, events,
 * initiatives, targets, narratives, scopes, coaching sessions) asks it first, through this interface when it
 * lives outside metrics.
 */
public interface WritablePeriods {
    /**
     * Refuses (409 problem+json naming the period) a new or changed figure dated {@code from}..{@code to} when a period it
     * overlaps is not OPEN: SUBMITTED and APPROVED periods take only an admin's changes, LOCKED ones only an admin's
     * correction of an existing value ({@code correction}).
     */
    void requireWritable(LocalDate from, LocalDate to, boolean correction);

    /** The same for one day. */
    default void requireWritable(LocalDate day) {
        requireWritable(day, day, false);
    }
}
