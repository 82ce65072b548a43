package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutreachReportTest extends MetricsApiTest {

    @Test
    void hundredDayReportReproducesTheSeedFiguresFromRawRecords() {
        JsonNode report = report(coordinator(), "2017-06-27", "2017-10-04");

        assertTrue(value(report, "actors_reached").compareTo(new BigDecimal("3000")) > 0, "more than 3,000 actors reached");
        assertEquals(0, value(report, "counselling_locations").compareTo(new BigDecimal("13")));
        assertEquals(0, value(report, "events_held").compareTo(new BigDecimal("80")));
        assertEquals(0, value(report, "network_initiatives").compareTo(new BigDecimal("20")));
        assertEquals(0, value(report, "facebook_followers").compareTo(new BigDecimal("1280")));
        assertEquals(0, value(report, "facebook_subscribers").compareTo(new BigDecimal("1310")));
        assertEquals(0, value(report, "group_members").compareTo(new BigDecimal("450")));

        JsonNode locations = figure(report, "counselling_locations");
        assertEquals(13, locations.get("byTown").size(), "one counselling location in each of the 13 towns");
        List<String> towns = new ArrayList<>();
        locations.get("byTown").forEach(t -> towns.add(t.get("town").asText()));
        assertTrue(towns.containsAll(List.of("Annaberg-Buchholz", "Bautzen", "Chemnitz", "Döbeln", "Dresden", "Görlitz", "Hoyerswerda",
                "Kamenz", "Leipzig", "Plauen", "Pirna", "Zittau", "Zwickau")), towns.toString());

        JsonNode events = figure(report, "events_held");
        assertEquals(0, events.get("target").decimalValue().compareTo(new BigDecimal("60")));
        assertEquals(0, events.get("attainment").decimalValue().compareTo(new BigDecimal("1.3333")));
        assertEquals(0, events.get("previousValue").decimalValue().signum(), "nothing before the opening");
        assertEquals("2017-03-19", report.get("previousFrom").asText());

        JsonNode reach = figure(report, "actors_reached");
        assertTrue(reach.get("pendingValue").decimalValue().signum() > 0,
                "the weekly count of 3 to 9 October reaches past day 100: not part of the locked period, shown as pending");

        JsonNode followers = figure(report, "facebook_followers");
        JsonNode lastMonth = followers.get("series").get(followers.get("series").size() - 1);
        assertEquals("2017-10-01", lastMonth.get("from").asText());
        assertEquals(0, lastMonth.get("value").decimalValue().compareTo(new BigDecimal("1280")));

        List<String> sections = new ArrayList<>();
        report.get("narratives").forEach(n -> sections.add(n.get("title").asText()));
        assertEquals(List.of("Immer überall", "Schneeballeffekt", "In Szene gesetzt", "Netzwerkreisen"), sections);
    }

    @Test
    void theLockedHundredDaysReadTheSameForEveryoneInWholeNumbers() {
        JsonNode published = report(null, "2017-06-27", "2017-10-04");
        JsonNode internal = report(coordinator(), "2017-06-27", "2017-10-04", "interval", "MONTH");

        assertEquals(0, value(published, "actors_reached").compareTo(new BigDecimal("3271")));
        assertEquals(0, value(internal, "actors_reached").compareTo(new BigDecimal("3271")), "the same final figure for staff");
        assertNull(figure(published, "actors_reached").get("pendingValue"), "the public sees no pending records");
        assertEquals(0, figure(internal, "actors_reached").get("pendingValue").decimalValue().compareTo(new BigDecimal("66")),
                "staff see what the weekly count reaching past day 100 would add, as a whole number");

        for (JsonNode report : List.of(published, internal)) {
            report.get("indicators").forEach(figure -> {
                assertTrue(figure.get("wholeNumbers").asBoolean() || figure.get("key").asText().equals("coaching_hours"), figure.get("key").asText());
                if (!figure.get("wholeNumbers").asBoolean()) {
                    return;
                }
                List<JsonNode> numbers = new ArrayList<>(List.of(figure.get("value"), figure.get("previousValue")));
                figure.get("series").forEach(point -> numbers.add(point.get("value")));
                figure.get("byTown").forEach(town -> numbers.add(town.get("value")));
                figure.get("byScope").forEach(scope -> numbers.add(scope.get("value")));
                for (JsonNode number : numbers) {
                    assertTrue(number.decimalValue().stripTrailingZeros().scale() <= 0, figure.get("key").asText() + " shows " + number);
                }
            });
        }
        assertFalse(figure(internal, "events_held").get("previousRecorded").asBoolean(), "nothing before the opening to compare with");
        assertTrue(figure(report(coordinator(), "2017-08-01", "2017-08-31"), "events_held").get("previousRecorded").asBoolean(),
                "July had events");
    }

    @Test
    void anonymousCallersReadOnlyPublicIndicatorsOfLockedPeriods() {
        JsonNode published = report(null, "2017-06-27", "2017-12-31");
        JsonNode internal = report(coordinator(), "2017-06-27", "2017-12-31");

        assertTrue(published.get("publishedOnly").asBoolean());
        assertFalse(internal.get("publishedOnly").asBoolean());
        assertNull(figure(published, "event_participants"), "not a public indicator");
        assertNull(figure(published, "coaching_hours"), "not a public indicator");
        assertEquals(0, value(published, "events_held").compareTo(new BigDecimal("80")), "only the LOCKED first 100 days");
        assertTrue(value(internal, "events_held").compareTo(new BigDecimal("80")) > 0, "staff also see the OPEN second period");
        assertEquals(0, value(published, "facebook_followers").compareTo(new BigDecimal("1280")), "the last snapshot inside the locked period");
        assertEquals(4, published.get("narratives").size());

        JsonNode asIntegration = report(integration(), "2017-06-27", "2017-12-31");
        assertTrue(asIntegration.get("publishedOnly").asBoolean());

        api().when().get("/api/v1/indicators?size=100").then().statusCode(200)
                .body("items.key", hasItem("events_held"))
                .body("items.isPublic", org.hamcrest.Matchers.everyItem(equalTo(true)));
    }

    @Test
    void counsellingLocationsCarryTheirPositionForTheMapAndThePublicSeesTheSameFigures() {
        JsonNode internal = figure(report(coordinator(), "2017-06-27", "2017-10-04"), "counselling_locations");
        JsonNode published = figure(report(null, "2017-06-27", "2017-10-04"), "counselling_locations");

        JsonNode chemnitz = scope(internal, "Büro und Beratungsstelle Chemnitz");
        assertEquals(0, chemnitz.get("latitude").decimalValue().compareTo(new BigDecimal("50.83220")), chemnitz.toString());
        assertEquals(0, chemnitz.get("longitude").decimalValue().compareTo(new BigDecimal("12.92520")), chemnitz.toString());
        assertEquals(0, chemnitz.get("value").decimalValue().compareTo(BigDecimal.ONE), "one counselling location in Chemnitz");
        List<String> located = new ArrayList<>();
        internal.get("byScope").forEach(s -> {
            if (s.hasNonNull("latitude") && s.hasNonNull("longitude")) {
                located.add(s.get("town").asText());
            }
        });
        assertEquals(13, located.size(), "every counselling location has a position: " + located);
        JsonNode reach = figure(report(coordinator(), "2017-06-27", "2017-10-04"), "actors_reached");
        reach.get("byScope").forEach(s -> assertEquals(s.get("kind").asText().equals("COUNSELLING_LOCATION"), s.hasNonNull("latitude"),
                s.get("name").asText() + ": only the counselling locations have a place in the demo world"));

        assertEquals(internal.get("byScope").size(), published.get("byScope").size(), "the public sees the same scopes");
        internal.get("byScope").forEach(s -> {
            JsonNode same = scope(published, s.get("name").asText());
            assertEquals(s.get("value").decimalValue().compareTo(same.get("value").decimalValue()), 0, s.get("name").asText());
            assertEquals(s.get("latitude"), same.get("latitude"));
            assertEquals(List.of("scopeId", "name", "kind", "town", "state", "value", "partial", "latitude", "longitude"),
                    fieldNames(same), "no more than the figure and where it is");
        });
    }

    private static JsonNode scope(JsonNode figure, String name) {
        for (JsonNode s : figure.get("byScope")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void seriesBucketsAreCalendarWeeksMonthsOrQuartersCutToTheRange() {
        JsonNode weeks = report(coordinator(), "2017-06-27", "2017-07-16", "interval", "WEEK");
        JsonNode series = figure(weeks, "events_held").get("series");
        assertEquals(3, series.size());
        assertEquals("2017-06-27", series.get(0).get("from").asText());
        assertEquals("2017-07-02", series.get(0).get("to").asText());
        assertEquals("2017-07-03", series.get(1).get("from").asText());
        assertEquals("2017-07-16", series.get(2).get("to").asText());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode point : series) {
            sum = sum.add(point.get("value").decimalValue());
        }
        assertEquals(0, sum.compareTo(value(weeks, "events_held")), "FLOW buckets add up to the total");

        JsonNode quarters = report(coordinator(), "2017-06-27", "2017-10-04", "interval", "QUARTER");
        JsonNode followers = figure(quarters, "facebook_followers").get("series");
        assertEquals(3, followers.size());
        assertEquals("2017-06-30", followers.get(0).get("to").asText());
        assertEquals("2017-09-30", followers.get(1).get("to").asText());
    }

    @Test
    void reportParametersAreValidatedNamingTheParameter() {
        invalidRequest().queryParam("from", "2017-13-01").queryParam("to", "2017-12-31").when().get("/api/v1/outreach-report")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        invalidRequest().queryParam("from", "2017-01-01").when().get("/api/v1/outreach-report")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        api().queryParam("from", "2017-02-01").queryParam("to", "2017-01-01").when().get("/api/v1/outreach-report")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        invalidRequest().queryParam("from", "2017-01-01").queryParam("to", "2017-02-01").queryParam("interval", "DAY")
                .when().get("/api/v1/outreach-report").then().statusCode(400).body("violations[0].field", equalTo("interval"));
        invalidRequest().queryParam("from", "2017-01-01").queryParam("to", "2017-02-01").queryParam("scopeId", "nope")
                .when().get("/api/v1/outreach-report").then().statusCode(400).body("violations[0].field", equalTo("scopeId"));
        api().queryParam("from", "2000-01-01").queryParam("to", "2017-02-01")
                .when().get("/api/v1/outreach-report").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }
}
