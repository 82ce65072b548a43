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

    /**
     * {@code column} is one of the enum values; nothing when there are none. One value is compared with {@code =}, so
     * that an index whose leading column is {@code column} also gives the rows in the order of its next columns (a
     * page of a composite (column, sort key) index); several are one text array. The column must be {@code text}: a
     * {@code char(n)} column would be cast for the comparison and its index not used.
     */
    public SqlFilter anyOf(String column, Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return this;
        }
        return values.size() == 1 ? and(column + " = ?", values.iterator().next().name()) : and(column + " = any(?::text[])", names(values));
    }

    /** The text-array {@code column} shares a value with {@code values}; nothing when there are none. */
    public SqlFilter overlaps(String column, String[] values) {
        return values.length == 0 ? this : and(column + " && ?::text[]", values);
    }

    /** Rows whose {@code column} matches the German full-text (websearch syntax) {@code search}; nothing without one. */
    public SqlFilter matches(String column, String search) {
        return search == null ? this : and(column + " @@ websearch_to_tsquery('german', ?)", search);
    }

    /** A condition and the values of its {@code ?}, in order. */
    public record Condition(String sql, List<Object> values) {
    }

    /**
     * The rows after the row whose sort keys have these cursor values ({@link Keyset#values}), in the order of the
     * keys: a row comparison {@code (a, b) > (?, ?)} that the index of the sort key reads as its range when every key
     * runs the same way and none is nullable; otherwise the same written out key by key (a nullable key sorts nulls
     * last), led by a bound on the first key for the index where it has one.
     */
    public static Condition seek(List<Keyset.Key> keys, List<String> values) {
        return seek(keys, new ArrayList<>(values), SqlFilter::parameter, true);
    }

    /**
     * The same condition with the placeholders that {@code placeholder} writes for each bound value, given the value's
     * index among the bound values and its key ({@code cast(? as type)} in SQL, a named parameter in JPQL); without
     * {@code rowComparison} always key by key (JPQL has no row values).
     */
    public static Condition seek(List<Keyset.Key> keys, List<?> values, java.util.function.BiFunction<Integer, Keyset.Key, String> placeholder,
            boolean rowComparison) {
        List<Object> bound = new ArrayList<>();
        java.util.function.Function<Integer, String> bind = index -> {
            bound.add(values.get(index));
            return placeholder.apply(bound.size() - 1, keys.get(index));
        };
        boolean descending = keys.get(0).descending();
        boolean uniform = keys.stream().allMatch(key -> key.descending() == descending && !key.nullable());
        if (uniform && rowComparison) {
            String columns = String.join(", ", keys.stream().map(Keyset.Key::expression).toList());
            List<String> parameters = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                parameters.add(bind.apply(i));
            }
            return new Condition("(" + columns + ") " + (descending ? "<" : ">") + " (" + String.join(", ", parameters) + ")", bound);
        }
        List<String> alternatives = new ArrayList<>();
        Keyset.Key first = keys.get(0);
        String lead = "";
        if (!first.nullable()) {
            lead = first.expression() + (first.descending() ? " <= " : " >= ") + bind.apply(0) + " and ";
        }
        for (int i = 0; i < keys.size(); i++) {
            Keyset.Key key = keys.get(i);
            if (values.get(i) == null) {
                continue; // after null (nulls last) come only rows equal on this key that are after it on the next keys
            }
            List<String> conjunction = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                Keyset.Key earlier = keys.get(j);
                if (values.get(j) == null) {
                    conjunction.add(earlier.expression() + " is null");
                } else {
                    conjunction.add(earlier.expression() + " = " + bind.apply(j));
                }
            }
            String beyond = key.expression() + (key.descending() ? " < " : " > ") + bind.apply(i);
            conjunction.add(key.nullable() ? "(" + beyond + " or " + key.expression() + " is null)" : beyond);
            alternatives.add("(" + String.join(" and ", conjunction) + ")");
        }
        return new Condition(lead + "(" + (alternatives.isEmpty() ? "false" : String.join(" or ", alternatives)) + ")", bound);
    }

    private static String parameter(Integer index, Keyset.Key key) {
        return parameter(key);
    }

    private static String parameter(Keyset.Key key) {
        return "cast(? as " + key.type() + ")";
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
        return statement(sql, before, after).prepare(connection);
    }

    /** {@code sql} (which contains {@link #where()}) with {@code before}, this filter's values, then {@code after}. */
    public Statement statement(String sql, List<Object> before, List<Object> after) {
        List<Object> values = new ArrayList<>(before);
        values.addAll(parameters);
        values.addAll(after);
        return new Statement(sql, values);
    }

    /**
     * One SQL statement and the values of its {@code ?} in order: what a list query runs, prepared for running or for
     * {@code EXPLAIN} (the plan tests read the plan of exactly the statement a list issues).
     */
    public record Statement(String sql, List<Object> values) {
        public Statement {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        public PreparedStatement prepare(Connection connection) throws SQLException {
            return bind(connection, connection.prepareStatement(sql));
        }

        /** The same statement under {@code EXPLAIN (FORMAT JSON)}, with the same values bound. */
        public PreparedStatement prepareExplain(Connection connection) throws SQLException {
            return bind(connection, connection.prepareStatement("explain (format json) " + sql));
        }

        private PreparedStatement bind(Connection connection, PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : values) {
                if (value instanceof String[] array) {
                    statement.setArray(index++, connection.createArrayOf("text", array));
                } else if (value instanceof UUID[] array) {
                    statement.setArray(index++, connection.createArrayOf("uuid", array));
                } else {
                    statement.setObject(index++, value);
                }
            }
            return statement;
        }
    }
}
