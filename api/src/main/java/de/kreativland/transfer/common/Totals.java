package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The total of a list without counting every row for every page: rows are counted exactly up to
 * {@link PageParams#EXACT_TOTAL} (a count over a limited subquery, which stops there); beyond, the total is the
 * planner's estimate of the filtered rows, and the answer says so ({@code totalItemsEstimated}).
 */
public final class Totals {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Totals() {
    }

    public record Total(long value, boolean estimated) {
    }

    /**
     * The totals of one collection's lists, remembered per statement and values while the collection's change feed
     * ({@code sync_change}, written by a trigger in the transaction of every change) shows no change since they were
     * counted: a page then costs its own query and one look at the feed, and its total is still exact.
     *
     * <p>Each look reads, in one snapshot, the latest sequence number of the collection's feed and the transactions
     * still running; a remembered total holds while the latest sequence number is the same and none of the
     * transactions that were running when it was counted has committed a change of the collection since (a change
     * committed later than a newer one keeps its older sequence number, but names its transaction).
     */
    public static final class Remembered {
        private static final int MAX_ENTRIES = 2_000;
        private static final String LOOK = """
                select (select max(seq) from sync_change where collection = ?),
                       cast(array(select pg_snapshot_xip(pg_current_snapshot())) as text),
                       exists (select 1 from sync_change where collection = ? and txid = any(cast(? as xid8[])))""";
        private final String collection;
        private final Map<String, Entry> totals = new ConcurrentHashMap<>();

        private record Entry(Long latest, String running, Total total) {
        }

        public Remembered(String collection) {
            this.collection = collection;
        }

        public Total count(Connection connection, SqlFilter.Statement rows) throws SQLException {
            String key = rows.sql() + '\u0000' + Arrays.deepToString(rows.values().toArray());
            Entry known = totals.get(key);
            Long latest;
            String running;
            boolean committedSince;
            try (PreparedStatement statement = connection.prepareStatement(LOOK)) {
                statement.setString(1, collection);
                statement.setString(2, collection);
                statement.setString(3, known == null ? "{}" : known.running());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    latest = rs.getObject(1, Long.class);
                    running = rs.getString(2);
                    committedSince = rs.getBoolean(3);
                }
            }
            if (known != null && java.util.Objects.equals(known.latest(), latest) && !committedSince) {
                return known.total();
            }
            // counted after the look: what commits in between is counted and seen as a change by the next look
            Total total = Totals.count(connection, rows);
            if (totals.size() >= MAX_ENTRIES) {
                totals.clear();
            }
            totals.put(key, new Entry(latest, running, total));
            return total;
        }
    }

    /**
     * @param rows the list's rows without order and limit ({@code select 1 from … where …}), whose values are bound
     */
    public static Total count(Connection connection, SqlFilter.Statement rows) throws SQLException {
        return count(connection, rows, PageParams.EXACT_TOTAL);
    }

    /** The exact count of the rows, up to one more than {@code exactUpTo}: the statement {@link #count} runs first. */
    public static SqlFilter.Statement bounded(SqlFilter.Statement rows, int exactUpTo) {
        java.util.List<Object> values = new java.util.ArrayList<>(rows.values());
        values.add(exactUpTo + 1);
        return new SqlFilter.Statement("select count(*) from (" + rows.sql() + " limit ?) counted", values);
    }

    static Total count(Connection connection, SqlFilter.Statement rows, int exactUpTo) throws SQLException {
        long exact;
        try (PreparedStatement statement = bounded(rows, exactUpTo).prepare(connection); ResultSet rs = statement.executeQuery()) {
            rs.next();
            exact = rs.getLong(1);
        }
        if (exact <= exactUpTo) {
            return new Total(exact, false);
        }
        try (PreparedStatement statement = rows.prepareExplain(connection); ResultSet rs = statement.executeQuery()) {
            rs.next();
            long estimate = JSON.readTree(rs.getString(1)).get(0).get("Plan").get("Plan Rows").asLong();
            return new Total(Math.max(estimate, exactUpTo + 1L), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable plan", e);
        }
    }
}
