package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
