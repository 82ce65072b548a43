package de.kreativland.transfer.partner;

import de.kreativland.transfer.sync.Keys;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Totals;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of every organisation list (public directory, internal list, CSV, map): the caller's
 * filters, the caller's scope (which programme roles and states it may see) and the sort.
 */
final class DirectoryQuery {
    static final String COLUMNS = """
            o.id, o.name, o.legal_form, o.kind, o.submarkets, o.settlement_type, o.street, o.postal_code, o.town,
            o.municipality, o.district, o.state, o.latitude, o.longitude, o.founding_year, o.team_size, o.website,
            o.summary, o.description, o.requested_topics, o.programme_role, o.version, o.created_at, o.updated_at""";

    private final SqlFilter sql = new SqlFilter();
    private final DirectoryFilter filter;
    private SqlFilter.Condition seek;

    /**
     * @param visibleRoles programme roles the caller may see; null means all, including organisations without a role
     * @param visibleStates states the caller is limited to; empty means all
     */
    DirectoryQuery(DirectoryFilter filter, Collection<ProgrammeRole> visibleRoles, Collection<GermanState> visibleStates) {
        this.filter = filter;
        if (visibleRoles != null) {
            sql.anyOf("o.programme_role", visibleRoles);
        }
        sql.anyOf("o.state", visibleStates)
                .anyOf("o.state", filter.states())
                .anyOf("o.programme_role", filter.programmeRoles())
                .anyOf("o.kind", filter.kinds())
                .anyOf("o.settlement_type", filter.settlementTypes())
                .overlaps("o.submarkets", SqlFilter.names(filter.submarkets()))
                .matches("o.search", filter.search());
    }

    /** Only the organisations with these ids (incremental sync and bulk export read by id). */
    DirectoryQuery onlyIds(Collection<String> ids) {
        sql.and("o.id = any(?)", Keys.uuids(ids).toArray(UUID[]::new));
        return this;
    }

    /** The sort keys of the keyset cursor, in order; none for relevance, which pages only by number. */
    List<Keyset.Key> keys() {
        Keyset.Key name = Keyset.Key.ascending("o.name", "text");
        Keyset.Key id = Keyset.Key.ascending("o.id", "uuid");
        return switch (filter.sort()) {
            case NAME -> List.of(name, id);
            case NAME_DESC -> List.of(Keyset.Key.descending("o.name", "text"), id);
            case TOWN -> List.of(Keyset.Key.ascending("o.town", "text"), name, id);
            case TOWN_DESC -> List.of(Keyset.Key.descending("o.town", "text"), name, id);
            case FOUNDING_YEAR -> List.of(Keyset.Key.ascending("o.founding_year", "int").nullsLast(), name, id);
            case FOUNDING_YEAR_DESC -> List.of(Keyset.Key.descending("o.founding_year", "int").nullsLast(), name, id);
            case RELEVANCE -> List.of();
        };
    }

    /** Only the rows after the keyset cursor (the count is not limited by it); 400 naming after when it does not fit. */
    DirectoryQuery after(String cursor) {
        if (keys().isEmpty()) {
            throw Problems.invalidQuery("after", "partner.sort-pages-by-number", filter.sort().parameter);
        }
        seek = SqlFilter.seek(keys(), Keyset.values(cursor, filter.sort().parameter, keys()));
        return this;
    }

    /** The cursor for the page after this row; null where the sort offers none. */
    String cursorAfter(OrganisationDetail last) {
        return switch (filter.sort()) {
            case NAME, NAME_DESC -> Keyset.encode(filter.sort().parameter, List.of(last.name(), last.id()));
            case TOWN, TOWN_DESC -> Keyset.encode(filter.sort().parameter, List.of(last.town(), last.name(), last.id()));
            case FOUNDING_YEAR, FOUNDING_YEAR_DESC -> Keyset.encode(filter.sort().parameter,
                    java.util.Arrays.asList(last.foundingYear(), last.name(), last.id()));
            case RELEVANCE -> null;
        };
    }

    /** The filtered rows unordered, for {@link Totals#count} (the keyset cursor does not limit the total). */
    SqlFilter.Statement rowsForTotal() {
        return sql.statement("select 1 from organisation o" + sql.where(), List.of(), List.of());
    }

    /** The rows in sort order; a page when limit is given. */
    PreparedStatement prepareSelect(Connection connection, Integer limit, Integer offset) throws SQLException {
        return select(limit, offset).prepare(connection);
    }

    /** The statement of {@link #prepareSelect}. */
    SqlFilter.Statement select(Integer limit, Integer offset) {
        List<Object> extra = new ArrayList<>();
        if (filter.sort() == DirectoryFilter.Sort.RELEVANCE) {
            extra.add(filter.search());
        }
        String where = sql.where();
        if (seek != null) {
            where += " and " + seek.sql();
        }
        String select = "select " + COLUMNS + " from organisation o" + where + " order by " + orderBy();
        if (limit != null) {
            select += " limit ? offset ?";
            extra.add(limit);
            extra.add(offset);
        }
        if (seek != null) {
            extra.addAll(0, seek.values());
        }
        return sql.statement(select, List.of(), extra);
    }

    private String orderBy() {
        return switch (filter.sort()) {
            case NAME -> "o.name, o.id";
            case NAME_DESC -> "o.name desc, o.id";
            case TOWN -> "o.town, o.name, o.id";
            case TOWN_DESC -> "o.town desc, o.name, o.id";
            case FOUNDING_YEAR -> "o.founding_year nulls last, o.name, o.id";
            case FOUNDING_YEAR_DESC -> "o.founding_year desc nulls last, o.name, o.id";
            case RELEVANCE -> "ts_rank(o.search, websearch_to_tsquery('german', ?)) desc, o.name, o.id";
        };
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value.strip());
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
