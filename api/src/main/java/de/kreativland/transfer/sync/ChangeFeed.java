package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Totals;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the {@code sync_change} table that database triggers keep for every collection. Only changes
 * of transactions older than the oldest one still running are handed out, so no later commit can
 * slip in behind a cursor.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final String BELOW_HORIZON = " and txid < pg_snapshot_xmin(pg_current_snapshot())";

    @Inject
    AgroalDataSource dataSource;

    public record Change(String entityId, boolean deleted, OffsetDateTime changedAt) {
    }

    /** A window of changes; {@code remaining} (including these) is the planner's estimate when {@code estimated}. */
    public record Window(List<Change> changes, SyncPosition next, long remaining, boolean estimated) {
    }

    /** Reads in REPEATABLE READ from here on, so the feed and the items loaded after it share one snapshot. */
    public void pinSnapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read");
        } catch (SQLException e) {
            throw new IllegalStateException("could not pin the snapshot", e);
        }
    }

    /** Up to {@code limit} changes after {@code from}, in feed order, and how many are left including these. */
    public Window read(String collection, Audience audience, SyncPosition from, int limit) {
        List<Change> changes = new ArrayList<>();
        SyncPosition next = from;
        Totals.Total remaining;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = windowStatement(collection, audience, from, limit).prepare(connection);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getString(1), rs.getBoolean(2),
                            rs.getObject(3, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
                    next = from.after(rs.getString(4), rs.getLong(5));
                }
            }
            remaining = Totals.count(connection, remainingStatement(collection, audience, from));
        } catch (SQLException e) {
            throw new IllegalStateException("change feed read failed", e);
        }
        return new Window(changes, next, remaining.value(), remaining.estimated());
    }

    /** The changes of a window: the statement {@link #read} runs first. */
    static SqlFilter.Statement windowStatement(String collection, Audience audience, SyncPosition from, int limit) {
        List<Object> values = new ArrayList<>(positionValues(collection, audience, from));
        values.add(limit);
        // txid is selected as text under another name: "order by txid" then means the xid8 column (feed order, as the
        // index has it), not the text (where '10' sorts before '9')
        return new SqlFilter.Statement("select entity_id, deleted, changed_at, txid::text as txid_text, seq" + positionWhere(audience, from)
                + " order by txid, seq limit ?", values);
    }

    /** The changes left after {@code from}, unordered: {@link #read} counts them with {@link Totals#count}. */
    static SqlFilter.Statement remainingStatement(String collection, Audience audience, SyncPosition from) {
        return new SqlFilter.Statement("select 1" + positionWhere(audience, from), positionValues(collection, audience, from));
    }

    private static String positionWhere(Audience audience, SyncPosition from) {
        return " from sync_change where collection = ? and (txid, seq) > (?::xid8, ?)" + BELOW_HORIZON
                + (from.since() == null ? "" : " and changed_at >= ?")
                + (audience.tags() == null ? "" : " and (audience is null or audience && ?::text[])")
                + (audience.states().isEmpty() ? "" : " and (audience is null or not audience && ?::text[] or audience && ?::text[])");
    }

    private static List<Object> positionValues(String collection, Audience audience, SyncPosition from) {
        List<Object> values = new ArrayList<>(List.of(collection, from.txid(), from.seq()));
        if (from.since() != null) {
            values.add(Timestamp.from(from.since()));
        }
        if (audience.tags() != null) {
            values.add(audience.tagArray());
        }
        if (!audience.states().isEmpty()) {
            values.add(Audience.allStateTags());
            values.add(audience.stateTags());
        }
        return values;
    }

    /** The position just before every change not yet final: a client starting here misses nothing from now on. */
    public SyncPosition horizon() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select (pg_snapshot_xmin(pg_current_snapshot())::text::numeric - 1)::text")) {
            rs.next();
            return new SyncPosition(rs.getString(1), Long.MAX_VALUE, null);
        } catch (SQLException e) {
            throw new IllegalStateException("change feed horizon failed", e);
        }
    }

    /** Every current (not removed) key of the collection in key order, in chunks. */
    public void forEachKeyChunk(String collection, int chunkSize, Consumer<List<String>> chunkConsumer) {
        String last = null;
        while (true) {
            List<String> chunk = new ArrayList<>(chunkSize);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select entity_id from sync_change where collection = ?"
                            + " and not deleted" + (last == null ? "" : " and entity_id > ?") + " order by entity_id limit ?")) {
                statement.setString(1, collection);
                int index = 2;
                if (last != null) {
                    statement.setString(index++, last);
                }
                statement.setInt(index, chunkSize);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("change feed keys failed", e);
            }
            if (chunk.isEmpty()) {
                return;
            }
            chunkConsumer.accept(chunk);
            if (chunk.size() < chunkSize) {
                return;
            }
            last = chunk.get(chunk.size() - 1);
        }
    }
}
