package de.kreativland.transfer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A report over more scopes than one SQL statement can take parameters (32,767): it answers with every scope counted,
 * and its breakdowns stop at their documented maximum.
 */
@QuarkusTest
class ReportAtScaleTest extends MetricsApiTest {
    private static final int SCOPES = 33_000;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void manyScopesWithFiguresIn2031() throws SQLException {
        sql("""
                insert into metric_scope (id, kind, name, town, state, created_by, updated_by)
                select md5('scale-scope-' || g)::uuid, 'PROGRAMME', 'Skalenprobe ' || g, 'Probestadt ' || (g % 1200), 'HB', 'scale-test', 'scale-test'
                from generate_series(1, SCOPES) g;
                insert into measurement (id, indicator_key, scope_id, value, valid_from, valid_to, entered_by)
                select md5('scale-reach-' || g)::uuid, 'actors_reached', md5('scale-scope-' || g)::uuid, 1, date '2031-01-01', date '2031-03-31', 'scale-test'
                from generate_series(1, SCOPES) g;
                insert into measurement (id, indicator_key, scope_id, value, valid_from, valid_to, entered_by)
                select md5('scale-reach-edge-' || g)::uuid, 'actors_reached', md5('scale-scope-' || g)::uuid, 4, date '2031-12-30', date '2032-01-02', 'scale-test'
                from generate_series(1, 10) g;
                insert into measurement (id, indicator_key, scope_id, value, as_of, entered_by)
                select md5('scale-followers-' || g)::uuid, 'facebook_followers', md5('scale-scope-' || g)::uuid, g % 10, date '2031-06-30', 'scale-test'
                from generate_series(1, SCOPES) g;
                analyze metric_scope;
                analyze measurement""".replace("SCOPES", Integer.toString(SCOPES)));
    }

    @AfterEach
    void removeThem() throws SQLException {
        sql("delete from measurement where entered_by = 'scale-test'; delete from metric_scope where created_by = 'scale-test'");
    }

    @Test
    void aReportOverMoreScopesThanOneStatementTakesParametersCountsEveryScope() {
        JsonNode report = report(coordinator(), "2031-01-01", "2031-12-31", "state", "HB");

        JsonNode reach = figure(report, "actors_reached");
        // every scope 1, and ten values of 4 over 30.12.–2.1. of which 2 of 4 days fall in the range
        assertEquals(0, reach.get("value").decimalValue().compareTo(new BigDecimal(SCOPES + 10 * 2)), reach.get("value").toString());
        assertEquals(true, reach.get("partial").asBoolean());
        assertEquals(OutreachReportService.MAX_BREAKDOWN, reach.get("byScope").size(), "the breakdown stops at its maximum");
        assertEquals("Skalenprobe 1", reach.get("byScope").get(0).get("name").asText(), "scopes by state, kind and name");
        assertEquals(1, reach.get("byState").size());
        assertEquals(0, reach.get("byState").get(0).get("value").decimalValue().compareTo(new BigDecimal(SCOPES + 20)), "the state counts every scope");
        assertEquals(OutreachReportService.MAX_BREAKDOWN, reach.get("byTown").size());
        assertEquals("Probestadt 0", reach.get("byTown").get(0).get("town").asText());
        // town g % 1200 = 0 holds g = 1200, 2400, … 32400: 27 scopes
        assertEquals(0, reach.get("byTown").get(0).get("value").decimalValue().compareTo(new BigDecimal(27)));

        JsonNode followers = figure(report, "facebook_followers");
        // g % 10 over 1..33,000: each of 0..9 3,300 times
        assertEquals(0, followers.get("value").decimalValue().compareTo(new BigDecimal(3300 * 45)), followers.get("value").toString());
        JsonNode months = followers.get("series");
        assertEquals(12, months.size());
        assertEquals(0, months.get(4).get("value").decimalValue().signum(), "nothing before the snapshot of 30 June");
        assertEquals(0, months.get(5).get("value").decimalValue().compareTo(new BigDecimal(3300 * 45)));
        assertEquals(0, months.get(11).get("value").decimalValue().compareTo(new BigDecimal(3300 * 45)), "a stock, not a sum over months");
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }
}
