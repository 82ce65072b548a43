package de.kreativland.transfer.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The one builder for dynamic filtered lists and full-text search in plain SQL, where PostgreSQL features
 * that JPQL lacks are needed (text arrays, {@code tsvector} matching, {@code ts_rank}, {@code ts_headline}).
 * A feature's list query (partner/DirectoryQuery, learning/ModuleQuery, the concept and tandem lists) adds
 * its conditions here and runs its statements with {@link #prepare} over JDBC or {@link #nativeQuery} over
 * the persistence context; values are always bound, never written into the SQL.
 */
public final class SqlFilter {
    private final StringBuilder where = new StringBuilder(" where true");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition without parameters. */
    public SqlFilter and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Adds a condition with one {@code ?}; text and uuid arrays bind as SQL arrays. */
    public SqlFilter and(String condition, Object value) {
        and(condition);
        parameters.add(value);
        return this;
    }

    /** Adds a condition with two {@code ?}. */
    public SqlFilter and(String condition, Object first, Object second) {
        and(condition);
        parameters.add(first);
        parameters.add(second);
        return this;
    }

    /** Adds a condition with one {@code ?} for each of {@code values}, in order. */
    public SqlFilter andAll(String condition, List<?> values) {
        and(condition);
        parameters.addAll(values);
        return this;
    }

    /** {@code column} is one of {@code values}, each bound on its own; never true when there are none. */
    public SqlFilter in(String column, Collection<?> values) {
        return values.isEmpty() ? and("false") : andAll(column + " in (" + placeholders(values.size()) + ")", List.copyOf(values));
    }

    /** {@code column} is one of the enum values; nothing when there are none. */
    public SqlFilter anyOf(String column, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? this : and(column + " = any(?::text[])", names(values));
    }

    /** The text-array {@code column} shares a value with {@code values}; nothing when there are none. */
    public SqlFilter overlaps(String column, String[] values) {
        return values.length == 0 ? this : and(column + " && ?::text[]", values);
    }

    /** Rows whose {@code column} matches the German full-text (websearch syntax) {@code search}; nothing without one. */
    public SqlFilter matches(String column, String search) {
        return search == null ? this : and(column + " @@ websearch_to_tsquery('german', ?)", search);
    }

    /** The where clause, beginning with a space. */
    public String where() {
        return where.toString();
    }

    /** {@code count} comma-separated {@code ?}, for an {@code in} list. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    /**
     * A native query over the persistence context for {@code sql} (which contains {@link #where()}), binding
     * {@code before}, this filter's values, then {@code after} to its {@code ?} in order.
     */
    public Query nativeQuery(EntityManager em, String sql, List<Object> before, List<Object> after) {
        Query query = em.createNativeQuery(sql);
        int position = 1;
        for (List<Object> values : List.of(before, parameters, after)) {
            for (Object value : values) {
                query.setParameter(position++, value);
            }
        }
        return query;
    }

    /** Prepares {@code sql} (which contains {@link #where()}) binding {@code before}, this filter's values, then {@code after}. */
    public PreparedStatement prepare(Connection connection, String sql, List<Object> before, List<Object> after)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (List<Object> values : List.of(before, parameters, after)) {
            for (Object value : values) {
                if (value instanceof String[] array) {
                    statement.setArray(index++, connection.createArrayOf("text", array));
                } else if (value instanceof UUID[] array) {
                    statement.setArray(index++, connection.createArrayOf("uuid", array));
                } else {
                    statement.setObject(index++, value);
                }
            }
        }
        return statement;
    }
}
