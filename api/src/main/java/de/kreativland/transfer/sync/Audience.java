package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.GermanState;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads a feed, as the tags of V20__sync_audience.sql: a feed hands out (as an item, as a tombstone, in its counts)
 * only changes of entities that carried one of the caller's tags at some time, and, when the caller is limited to
 * states, that belonged to one of them. Rows of collections that show every row to every reader carry no tags.
 *
 * @param tags the caller's tags; null when it sees every row
 * @param states the states the caller is limited to; empty for no limit
 */
public record Audience(Set<String> tags, List<GermanState> states) {
    public static final String PUBLIC = "public";
    public static final String PARTICIPANTS = "participants";
    /** Anonymous callers and callers whose code names no audience: published items only. */
    public static final Audience PUBLIC_ONLY = new Audience(Set.of(PUBLIC), List.of());

    public Audience {
        tags = tags == null ? null : Set.copyOf(tags);
        states = List.copyOf(states);
    }

    /** Every row, within the states. */
    public static Audience everything(List<GermanState> states) {
        return new Audience(null, states);
    }

    /** Published rows, those owned by these organisations or coached by these coaches, and the extra tags. */
    public static Audience of(List<GermanState> states, Collection<UUID> organisations, Collection<UUID> coaches, String... extra) {
        Set<String> tags = new LinkedHashSet<>(Arrays.asList(extra));
        tags.add(PUBLIC);
        organisations.forEach(id -> tags.add("org:" + id));
        coaches.forEach(id -> tags.add("coach:" + id));
        return new Audience(tags, states);
    }

    String[] tagArray() {
        return tags.stream().sorted().toArray(String[]::new);
    }

    String[] stateTags() {
        return states.stream().map(state -> "state:" + state.name()).toArray(String[]::new);
    }

    static String[] allStateTags() {
        return Arrays.stream(GermanState.values()).map(state -> "state:" + state.name()).toArray(String[]::new);
    }
}
