package de.kreativland.transfer.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.QueryPlans;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Totals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.sql.ResultSet;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The directory's filtered pages read organisation through its indexes, not by scanning it: the plans of the very
 * statements the directory issues (built by {@link OrganisationService#publicQuery}), on 10,000 more organisations
 * generated in a transaction that is rolled back.
 */
@QuarkusTest
class DirectoryPlanTest {
    static final int ORGANISATIONS = 10_000;
    static final Set<String> LARGE = Set.of("organisation");

    @Inject
    OrganisationService organisations;

    @Inject
    AgroalDataSource dataSource;

    static DirectoryFilter filter(List<String> states, List<String> kinds, List<String> submarkets, String q, String sort) {
        return DirectoryFilter.parse(states, submarkets, List.of(), List.of(), kinds, q, sort);
    }

    /** The row in the middle of the query's rows, as the page before a keyset page would end. */
    private static OrganisationDetail middleRow(Connection connection, DirectoryQuery query) throws Exception {
        try (var statement = query.select(1, 500).prepare(connection); var rs = statement.executeQuery()) {
            rs.next();
            return OrganisationRows.detail(rs);
        }
    }

    @Test
    void filteredDirectoryPagesAndTheirCountsUseIndexesAt10000Organisations() throws Exception {
        Map<String, DirectoryFilter> pages = new LinkedHashMap<>();
        pages.put("state=SN&sort=name", filter(List.of("SN"), List.of(), List.of(), null, "name"));
        pages.put("state=SN&sort=-name", filter(List.of("SN"), List.of(), List.of(), null, "-name"));
        pages.put("state=SN,BY&sort=name", filter(List.of("SN,BY"), List.of(), List.of(), null, "name"));
        pages.put("kind=NETWORK&sort=name", filter(List.of(), List.of("NETWORK"), List.of(), null, "name"));
        pages.put("state=NW&kind=ASSOCIATION", filter(List.of("NW"), List.of("ASSOCIATION"), List.of(), null, null));
        pages.put("submarket=FILM", filter(List.of(), List.of(), List.of("FILM"), null, null));
        pages.put("q=Planstadt 42", filter(List.of(), List.of(), List.of(), "Planstadt 42", null));
        pages.put("sort=name", filter(List.of(), List.of(), List.of(), null, "name"));
        pages.put("sort=town", filter(List.of(), List.of(), List.of(), null, "town"));
        pages.put("sort=-foundingYear", filter(List.of(), List.of(), List.of(), null, "-foundingYear"));
        Map<String, DirectoryFilter> counts = new LinkedHashMap<>();
        counts.put("state=SN", pages.get("state=SN&sort=name"));
        counts.put("kind=NETWORK", pages.get("kind=NETWORK&sort=name"));
        counts.put("state=NW&kind=ASSOCIATION", pages.get("state=NW&kind=ASSOCIATION"));

        Map<String, List<String>> scans = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                QueryPlans.generateOrganisations(connection, ORGANISATIONS);
                QueryPlans.analyze(connection, "organisation");
                for (var page : pages.entrySet()) {
                    List<String> found = QueryPlans.seqScans(connection, organisations.publicQuery(page.getValue()).select(21, 0), LARGE);
                    if (!found.isEmpty()) {
                        scans.put("page " + page.getKey(), found);
                    }
                }
                for (var count : counts.entrySet()) {
                    List<String> found = QueryPlans.seqScans(connection, Totals.bounded(organisations.publicQuery(count.getValue()).rowsForTotal(), PageParams.EXACT_TOTAL), LARGE);
                    if (!found.isEmpty()) {
                        scans.put("count " + count.getKey(), found);
                    }
                }
                // keyset pages deep in the list: after the cursor of a row in the middle
                for (String sort : List.of("name", "-name", "town", "-foundingYear")) {
                    DirectoryFilter byState = filter(List.of("NW"), List.of(), List.of(), null, sort);
                    DirectoryQuery query = organisations.publicQuery(byState);
                    OrganisationDetail middle = middleRow(connection, query);
                    String cursor = query.cursorAfter(middle);
                    List<String> found = QueryPlans.seqScans(connection,
                            organisations.publicQuery(byState).after(cursor).select(21, 0), LARGE);
                    if (!found.isEmpty()) {
                        scans.put("keyset page state=NW&sort=" + sort, found);
                    }
                }
                // a filter on one state is the index condition of the page, not a filter applied to rows read otherwise
                List<String> conditions = QueryPlans.indexConditions(connection,
                        organisations.publicQuery(pages.get("state=SN&sort=name")).select(21, 0));
                if (conditions.stream().noneMatch(condition -> condition.contains("state ="))) {
                    scans.put("page state=SN&sort=name without an index condition on state", conditions);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                QueryPlans.analyze(connection, "organisation", "sync_change");
            }
        }
        assertEquals(Map.of(), scans, "sequential scans of a large table on a directory page");
    }

    @Test
    void totalsAreExactUpTo10000AndTheDatabasesEstimateBeyond() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                QueryPlans.generateOrganisations(connection, ORGANISATIONS + 500);
                QueryPlans.analyze(connection, "organisation");
                long all = count(connection, "select count(*) from organisation");
                long saxony = count(connection, "select count(*) from organisation where state = 'SN' and programme_role in ('BEST_PRACTICE', 'TANDEM')");

                Totals.Total everything = Totals.count(connection, new DirectoryQuery(filter(List.of(), List.of(), List.of(), null, null),
                        null, List.of()).rowsForTotal());
                assertTrue(everything.estimated(), "more than 10,000 organisations: estimated");
                assertTrue(everything.value() > PageParams.EXACT_TOTAL, "an estimate beyond the exact range: " + everything);
                assertTrue(Math.abs(everything.value() - all) < all / 5, "close to the " + all + " there are: " + everything);

                Totals.Total filtered = Totals.count(connection,
                        organisations.publicQuery(filter(List.of("SN"), List.of(), List.of(), null, null)).rowsForTotal());
                assertFalse(filtered.estimated());
                assertEquals(saxony, filtered.value(), "fewer than 10,000: exact");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                QueryPlans.analyze(connection, "organisation", "sync_change");
            }
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
