package de.kreativland.transfer.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Feed keys as UUIDs, for by-ids queries that use the primary key index; other keys match nothing. */
public final class Keys {
    private Keys() {
    }

    public static List<UUID> uuids(Collection<String> keys) {
        List<UUID> ids = new ArrayList<>(keys.size());
        for (String key : keys) {
            try {
                ids.add(UUID.fromString(key));
            } catch (IllegalArgumentException e) {
                // not a UUID: no row has it
            }
        }
        return ids;
    }
}
