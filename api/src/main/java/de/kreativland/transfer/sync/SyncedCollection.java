package de.kreativland.transfer.sync;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A collection as the change feed and the bulk export see it.
 *
 * @param name the feed's collection name (see V10__sync_change_feed.sql)
 * @param itemType the list item record, for CSV columns
 * @param key the item's key in the feed (its id, or key)
 * @param loader the items with these keys that the caller may see and that match the list's filters, in any order
 * @param audience who the caller is, so that the feed names only entities it could ever have seen
 */
public record SyncedCollection<T>(String name, Class<T> itemType, Function<T, String> key,
        Function<Collection<String>, List<T>> loader, Audience audience) {

    /** A collection that shows every row to every reader; rows of collections with row-level rules need an audience. */
    public SyncedCollection(String name, Class<T> itemType, Function<T, String> key, Function<Collection<String>, List<T>> loader) {
        this(name, itemType, key, loader, Audience.PUBLIC_ONLY);
    }
}
