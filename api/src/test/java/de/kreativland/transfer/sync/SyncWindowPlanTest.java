package de.kreativland.transfer.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.QueryPlans;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Totals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sync window reads sync_change through its indexes: the plans of the statements {@link ChangeFeed#read} runs
 * (window and remaining count), for a cursor and for updatedSince, with 10,000 more organisations whose changes
 * are spread over a year, generated in a transaction that is rolled back.
 */
@QuarkusTest
class SyncWindowPlanTest {
    static final Set<String> LARGE = Set.of("sync_change", "organisation");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void syncWindowsByCursorAndByUpdatedSinceUseIndexesAt10000Changes() throws Exception {
        Map<String, List<String>> scans = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                QueryPlans.generateOrganisations(connection, 10_000);
                SyncPosition cursor;
                try (Statement statement = connection.createStatement()) {
                    // as if committed by an older transaction over the last year: below the horizon, so windows read them
                    statement.executeUpdate("update sync_change set changed_at = now() - random() * interval '365 days',"
                            + " txid = (pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1)::text::xid8"
                            + " where collection = 'organisations' and txid = pg_current_xact_id()");
                    try (ResultSet rs = statement.executeQuery("select txid::text, seq from sync_change"
                            + " where collection = 'organisations' order by txid, seq offset 9900 limit 1")) {
                        rs.next();
                        cursor = new SyncPosition(rs.getString(1), rs.getLong(2), null);
                    }
                }
                QueryPlans.analyze(connection, "organisation", "sync_change");
                Map<String, SyncPosition> positions = new LinkedHashMap<>();
                positions.put("cursor near the end", cursor);
                positions.put("updatedSince a day ago", SyncPosition.since(Instant.now().minus(1, ChronoUnit.DAYS)));
                positions.put("updatedSince a week ago", SyncPosition.since(Instant.now().minus(7, ChronoUnit.DAYS)));
                for (var position : positions.entrySet()) {
                    Map<String, SqlFilter.Statement> statements = Map.of(
                            "window", ChangeFeed.windowStatement("organisations", Audience.everything(List.of()), position.getValue(), 100),
                            "remaining", Totals.bounded(ChangeFeed.remainingStatement("organisations", Audience.everything(List.of()), position.getValue()), PageParams.EXACT_TOTAL));
                    for (var statement : statements.entrySet()) {
                        List<String> found = QueryPlans.seqScans(connection, statement.getValue(), LARGE);
                        if (!found.isEmpty()) {
                            scans.put(statement.getKey() + " from " + position.getKey(), found);
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                QueryPlans.analyze(connection, "organisation", "sync_change");
            }
        }
        assertEquals(Map.of(), scans, "sequential scans of a large table in a sync window");
    }
}
