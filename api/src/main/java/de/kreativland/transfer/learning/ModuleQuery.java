package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.sync.Keys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of the module list and search: the caller's scope (what it may read), the filters, and
 * with a search term German full-text matching (websearch syntax, stemming), ranking by the
 * weighted tsvector (title A, summary B, body C) and highlighted passages from ts_headline over the
 * rendered text, so snippets show no Markdown marks.
 */
final class ModuleQuery {
    static final String COLUMNS = """
            m.id, m.slug, m.title, m.summary, m.format, m.topics, m.submarkets, m.level, m.estimated_minutes, m.licence,
            m.visibility, m.status, m.published_at""";
    private static final String HEADLINE_OPTIONS = "StartSel=" + SafeHtml.MATCH_START + ", StopSel=" + SafeHtml.MATCH_END
            + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    private static final String AUTHORED = "exists (select 1 from learning_module_author a where a.module_id = m.id"
            + " and (a.coach_id = any(?::uuid[]) or a.organisation_id = any(?::uuid[])))";

    private final SqlFilter sql = new SqlFilter();
    private final ModuleFilter filter;

    /**
     * @param staff whether the caller reads every module
     * @param visible visibilities of published modules the caller reads
     * @param coachIds, organisationIds whose modules the caller reads in every status (as their author)
     */
    ModuleQuery(ModuleFilter filter, boolean staff, Collection<Visibility> visible, Collection<UUID> coachIds,
            Collection<UUID> organisationIds) {
        this.filter = filter;
        UUID[] coaches = coachIds.toArray(UUID[]::new);
        UUID[] organisations = organisationIds.toArray(UUID[]::new);
        if (!staff) {
            String published = "m.status = 'PUBLISHED' and m.visibility = any(?::text[])";
            if (coachIds.isEmpty() && organisationIds.isEmpty()) {
                sql.and("(" + published + ")", SqlFilter.names(visible));
            } else {
                sql.andAll("((" + published + ") or " + AUTHORED + ")", List.of(SqlFilter.names(visible), coaches, organisations));
            }
        }
        if (filter.mine()) {
            // The caller's own modules: by its coach profile or organisation; none for callers with neither.
            sql.and(AUTHORED, coaches, organisations);
        }
        sql.overlaps("m.topics", filter.topics().toArray(String[]::new))
                .overlaps("m.submarkets", SqlFilter.names(filter.submarkets()))
                .anyOf("m.format", filter.formats())
                .anyOf("m.level", filter.levels())
                .anyOf("m.status", filter.statuses())
                .matches("m.search", filter.search());
    }

    /** Only the modules with these ids (incremental sync and bulk export read by id). */
    ModuleQuery onlyIds(Collection<String> ids) {
        sql.and("m.id = any(?)", Keys.uuids(ids).toArray(UUID[]::new));
        return this;
    }

    boolean searches() {
        return filter.search() != null;
    }

    /**
     * Highlighted passages of the search term in the texts as a reader sees them (Markdown marks removed
     * beforehand), one per text and in their order, in one statement for the whole page.
     */
    PreparedStatement prepareSnippets(Connection connection, List<String> plainTexts) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("select ts_headline('german', t, websearch_to_tsquery('german', ?), ?)"
                + " from unnest(?::text[]) with ordinality as u(t, n) order by n");
        statement.setString(1, filter.search());
        statement.setString(2, HEADLINE_OPTIONS);
        statement.setArray(3, connection.createArrayOf("text", plainTexts.toArray()));
        return statement;
    }

    PreparedStatement prepareCount(Connection connection) throws SQLException {
        return sql.prepare(connection, "select count(*) from learning_module m" + sql.where(), List.of(), List.of());
    }

    /**
     * One page in order: by relevance with a search term (rank and snippet computed for the page's
     * rows only), else newest published first.
     */
    PreparedStatement preparePage(Connection connection, int limit, int offset) throws SQLException {
        if (filter.search() != null) {
            String select = "select p.*, null::text as snippet, lm.body_markdown as snippet_source"
                    + " from (select " + COLUMNS + ", ts_rank(m.search, websearch_to_tsquery('german', ?)) as rank"
                    + " from learning_module m" + sql.where() + " order by rank desc, m.title, m.id limit ? offset ?) p"
                    + " join learning_module lm on lm.id = p.id order by p.rank desc, p.title, p.id";
            return sql.prepare(connection, select, List.of(filter.search()), List.of(limit, offset));
        }
        String select = "select " + COLUMNS + ", null::real as rank, null::text as snippet from learning_module m" + sql.where()
                + " order by m.published_at desc nulls last, m.title, m.id limit ? offset ?";
        return sql.prepare(connection, select, List.of(), List.of(limit, offset));
    }
}
