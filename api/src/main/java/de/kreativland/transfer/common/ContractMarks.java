package de.kreativland.transfer.common;

/**
 * Marks a resource method sets with {@code @Extension(name = ..., value = "true")} so that
 * {@link ProblemResponsesFilter} writes what follows from it; the filter removes the mark.
 */
public final class ContractMarks {
    /** Every 2xx answer carries the representation's version as ETag (see {@link VersionedResponses}). */
    public static final String ETAG = "x-kl-etag";
    /** Leaves Location out of the contract's 201 answer; without the mark every 201 has one. */
    public static final String NO_LOCATION = "x-kl-no-location";

    private ContractMarks() {
    }
}
