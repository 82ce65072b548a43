package de.kreativland.transfer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For many random ranges the report equals a computation written here, independently of the
 * service, from the raw rows read with plain SQL: FLOW = sum of the values in the range, values
 * reaching outside counted pro rata by days (flagged partial); STOCK = per scope the latest value
 * on or before the end, summed over scopes, never a sum over time.
 */
@QuarkusTest
class ReportAggregationPropertyTest extends MetricsApiTest {
    private static final int RANGES = 200;
    private static final LocalDate EARLIEST = LocalDate.of(2017, 5, 1);
    private static final LocalDate LATEST = LocalDate.of(2018, 4, 30);

    @Inject
    AgroalDataSource dataSource;

    record Row(String indicator, String scope, LocalDate first, LocalDate last, BigDecimal value) {
    }

    record Expected(BigDecimal value, boolean partial) {
    }

    @Test
    void stockIsTheLatestSnapshotAndFlowTheSumOfRawRecordsOverRandomRanges() throws SQLException {
        Map<String, String> kinds = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select key, kind, coalesce(derivation, 'MANUAL') from indicator")) {
                while (rs.next()) {
                    kinds.put(rs.getString(1), rs.getString(2));
                }
            }
            read(s, rows, """
                    select indicator_key, scope_id::text, coalesce(valid_from, as_of), coalesce(valid_to, as_of), value
                    from measurement m where not exists (select 1 from measurement c where c.corrects_id = m.id)""");
            read(s, rows, "select 'events_held', scope_id::text, held_on, held_on, 1 from metric_event where type <> 'TRIP'");
            read(s, rows, "select 'event_participants', scope_id::text, held_on, held_on, participants from metric_event");
            read(s, rows, "select 'network_initiatives', scope_id::text, supported_on, supported_on, 1 from network_initiative");
            read(s, rows, """
                    select 'portraits_published', 'none', cast(published_at as date), cast(published_at as date), 1 from portrait
                    where status = 'PUBLISHED'""");
            read(s, rows, """
                    select 'coaching_hours', ms.id::text, cs.held_on, cs.held_on, cs.duration_minutes / 60.0
                    from coaching_session cs join coaching_assignment a on a.id = cs.assignment_id
                    join metric_scope ms on ms.organisation_id = a.organisation_id""");
        }
        List<LocalDate[]> locked = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select starts_on, ends_on from reporting_period where status = 'LOCKED'")) {
            while (rs.next()) {
                locked.add(new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)});
            }
        }
        // Inside a LOCKED period the report reads that period's final figures: only records that lie inside a locked period.
        List<Row> final_ = rows.stream().filter(r -> locked.stream().anyMatch(p -> !r.first().isBefore(p[0]) && !r.last().isAfter(p[1])))
                .toList();
        List<LocalDate[]> locations = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select opened_on, closed_on from metric_scope where kind = 'COUNSELLING_LOCATION'")) {
            while (rs.next()) {
                locations.add(new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)});
            }
        }

        Random random = new Random(20170627L);
        int partialRanges = 0;
        long span = ChronoUnit.DAYS.between(EARLIEST, LATEST);
        for (int i = 0; i < RANGES; i++) {
            LocalDate from = EARLIEST.plusDays(random.nextInt((int) span));
            LocalDate to = from.plusDays(random.nextInt(i % 10 == 0 ? 400 : 60));
            LocalDate previousTo = from.minusDays(1);
            LocalDate previousFrom = from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
            JsonNode report = report(coordinator(), from.toString(), to.toString(), "interval", "QUARTER");
            boolean settled = locked.stream().anyMatch(p -> !p[0].isAfter(from) && !p[1].isBefore(to));
            List<Row> counted = settled ? final_ : rows;
            for (JsonNode figure : report.get("indicators")) {
                String key = figure.get("key").asText();
                // Module views and newsletter subscribers are counted from daily tallies and change rows: their own tests check them.
                if (key.equals("learning_module_views") || key.equals("newsletter_subscribers")) {
                    continue;
                }
                boolean flow = kinds.get(key).equals("FLOW");
                Expected expected;
                Expected previous;
                if (key.equals("counselling_locations")) {
                    expected = new Expected(openLocations(locations, to), false);
                    previous = new Expected(openLocations(locations, previousTo), false);
                } else if (flow) {
                    expected = flow(counted, key, from, to);
                    previous = flow(counted, key, previousFrom, previousTo);
                } else {
                    expected = new Expected(stock(counted, key, to), false);
                    previous = new Expected(stock(counted, key, previousTo), false);
                }
                String where = key + " " + from + ".." + to;
                assertClose(expected.value(), figure.get("value").decimalValue(), where);
                assertEquals(expected.partial(), figure.get("partial").asBoolean(), where + " partial");
                assertClose(previous.value(), figure.get("previousValue").decimalValue(), where + " previous");
                assertEquals(previous.partial(), figure.get("previousPartial").asBoolean(), where + " previous partial");
                if (expected.partial()) {
                    partialRanges++;
                }
            }
        }
        assertTrue(partialRanges > 50, "the ranges exercise the partial-overlap rule (" + partialRanges + ")");
    }

    private static void read(Statement s, List<Row> rows, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5)));
            }
        }
    }

    private static Expected flow(List<Row> rows, String key, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean partial = false;
        for (Row row : rows) {
            if (!row.indicator().equals(key) || row.last().isBefore(from) || row.first().isAfter(to)) {
                continue;
            }
            LocalDate first = row.first().isBefore(from) ? from : row.first();
            LocalDate last = row.last().isAfter(to) ? to : row.last();
            long inside = ChronoUnit.DAYS.between(first, last) + 1;
            long covered = ChronoUnit.DAYS.between(row.first(), row.last()) + 1;
            partial |= inside < covered;
            sum = sum.add(row.value().multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(covered), 20, RoundingMode.HALF_EVEN));
        }
        return new Expected(sum, partial);
    }

    private static BigDecimal stock(List<Row> rows, String key, LocalDate day) {
        Map<String, Row> latest = new HashMap<>();
        for (Row row : rows) {
            if (row.indicator().equals(key) && !row.first().isAfter(day)) {
                latest.merge(row.scope(), row, (a, b) -> b.first().isAfter(a.first()) ? b : a);
            }
        }
        return latest.values().stream().map(Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal openLocations(List<LocalDate[]> locations, LocalDate day) {
        return BigDecimal.valueOf(locations.stream()
                .filter(l -> !l[0].isAfter(day) && (l[1] == null || l[1].isAfter(day))).count());
    }

    /** The report shows whole numbers of what is counted (rounded half up), so it is at most half a unit from the exact sum. */
    private static void assertClose(BigDecimal expected, BigDecimal actual, String where) {
        assertTrue(expected.setScale(0, RoundingMode.HALF_UP).compareTo(actual) == 0
                        || expected.subtract(actual).abs().compareTo(new BigDecimal("0.006")) < 0,
                where + ": expected " + expected.setScale(4, RoundingMode.HALF_UP) + " but the report says " + actual);
    }
}
