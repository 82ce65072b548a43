package de.kreativland.transfer.sync;

import java.util.List;

/** Builds a collection's page record for an incremental-sync answer. */
@FunctionalInterface
public interface SyncPageFactory<T, P> {
    P page(List<T> items, int size, long remaining, int remainingPages, String nextCursor, List<Removal> removed);
}
