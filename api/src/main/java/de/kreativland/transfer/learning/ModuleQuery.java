package de.kreativland.transfer.learning;

import de.kreativland.transfer.sync.Keys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of the module list and search: the caller's scope (what it may read), the filters, and
 * with a search term German full-text matching (websearch syntax, stemming), ranking by the
 * weighted tsvector (title A, summary B, body C) and highlighted passages from ts_headline.
 */
final class ModuleQuery {
    static final String COLUMNS = """
            m.id, m.slug, m.title, m.summary, m.format, m.topics, m.submarkets, m.level, m.estimated_minutes, m.licence,
            m.visibility, m.status, m.published_at""";
    private static final String HEADLINE_OPTIONS = "StartSel=" + SafeHtml.MATCH_START + ", StopSel=" + SafeHtml.MATCH_END
            + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    private final StringBuilder where = new StringBuilder(" where true");
    private final List<Object> parameters = new ArrayList<>();
    private final ModuleFilter filter;

    /**
     * @param staff whether the caller reads every module
     * @param visible visibilities of published modules the caller reads
     * @param coachIds, organisationIds whose modules the caller reads in every status (as their author)
     */
    ModuleQuery(ModuleFilter filter, boolean staff, Collection<Visibility> visible, Collection<UUID> coachIds,
            Collection<UUID> organisationIds) {
        this.filter = filter;
        if (!staff) {
            where.append(" and ((m.status = 'PUBLISHED' and m.visibility = any(?::text[]))");
            parameters.add(visible.stream().map(Enum::name).toArray(String[]::new));
            if (!coachIds.isEmpty() || !organisationIds.isEmpty()) {
                where.append(" or exists (select 1 from learning_module_author a where a.module_id = m.id"
                        + " and (a.coach_id = any(?::uuid[]) or a.organisation_id = any(?::uuid[])))");
                parameters.add(coachIds.toArray(UUID[]::new));
                parameters.add(organisationIds.toArray(UUID[]::new));
            }
            where.append(")");
        }
        if (filter.mine()) {
            // The caller's own modules: by its coach profile or organisation; none for callers with neither.
            where.append(" and exists (select 1 from learning_module_author a where a.module_id = m.id"
                    + " and (a.coach_id = any(?::uuid[]) or a.organisation_id = any(?::uuid[])))");
            parameters.add(coachIds.toArray(UUID[]::new));
            parameters.add(organisationIds.toArray(UUID[]::new));
        }
        if (!filter.topics().isEmpty()) {
            where.append(" and m.topics && ?::text[]");
            parameters.add(filter.topics().toArray(String[]::new));
        }
        if (!filter.submarkets().isEmpty()) {
            where.append(" and m.submarkets && ?::text[]");
            parameters.add(names(filter.submarkets()));
        }
        anyOf("m.format", filter.formats());
        anyOf("m.level", filter.levels());
        anyOf("m.status", filter.statuses());
        if (filter.search() != null) {
            where.append(" and m.search @@ websearch_to_tsquery('german', ?)");
            parameters.add(filter.search());
        }
    }

    /** Only the modules with these ids (incremental sync and bulk export read by id). */
    ModuleQuery onlyIds(Collection<String> ids) {
        where.append(" and m.id = any(?)");
        parameters.add(Keys.uuids(ids).toArray(UUID[]::new));
        return this;
    }

    private void anyOf(String column, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            where.append(" and ").append(column).append(" = any(?::text[])");
            parameters.add(names(values));
        }
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    PreparedStatement prepareCount(Connection connection) throws SQLException {
        return prepare(connection, "select count(*) from learning_module m" + where, List.of());
    }

    /**
     * One page in order: by relevance with a search term (rank and snippet computed for the page's
     * rows only), else newest published first.
     */
    PreparedStatement preparePage(Connection connection, int limit, int offset) throws SQLException {
        String sql;
        if (filter.search() != null) {
            sql = "select p.*, ts_headline('german', p.summary || E'\\n' || lm.body_markdown, websearch_to_tsquery('german', ?), ?) as snippet"
                    + " from (select " + COLUMNS + ", ts_rank(m.search, websearch_to_tsquery('german', ?)) as rank"
                    + " from learning_module m" + where + " order by rank desc, m.title, m.id limit ? offset ?) p"
                    + " join learning_module lm on lm.id = p.id order by p.rank desc, p.title, p.id";
            // parameters of the outer select come first in the statement
            List<Object> ordered = new ArrayList<>();
            ordered.add(filter.search());
            ordered.add(HEADLINE_OPTIONS);
            ordered.add(filter.search());
            ordered.addAll(parameters);
            ordered.add(limit);
            ordered.add(offset);
            return bind(connection, sql, ordered);
        }
        List<Object> extra = new ArrayList<>();
        sql = "select " + COLUMNS + ", null::real as rank, null::text as snippet from learning_module m" + where
                + " order by m.published_at desc nulls last, m.title, m.id limit ? offset ?";
        extra.add(limit);
        extra.add(offset);
        return prepare(connection, sql, extra);
    }

    private PreparedStatement prepare(Connection connection, String sql, List<Object> extra) throws SQLException {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(extra);
        return bind(connection, sql, all);
    }

    private static PreparedStatement bind(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
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
