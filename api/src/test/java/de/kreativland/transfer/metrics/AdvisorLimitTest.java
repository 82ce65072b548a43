package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdvisorLimitTest extends MetricsApiTest {

    /** Every scope id in Saxony, as staff see them. */
    private static Set<String> saxonScopes() {
        Set<String> ids = new HashSet<>();
        int page = 0;
        while (true) {
            List<String> items = api(coordinator()).queryParam("state", "SN").queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/metric-scopes").then().statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
            page++;
        }
    }

    @Test
    void advisorLimitedToSaxonySeesNoScopeOutsideSaxonyInAnyListReportOrExport() {
        api(coordinator()).queryParam("size", 100).when().get("/api/v1/metric-scopes")
                .then().statusCode(200).body("items.state", hasItem("BY"));
        api(advisorSaxony()).queryParam("size", 100).when().get("/api/v1/metric-scopes")
                .then().statusCode(200).body("items.state", everyItem(equalTo("SN")));
        api(advisorSaxony()).queryParam("state", "BY").when().get("/api/v1/metric-scopes")
                .then().statusCode(200).body("totalItems", equalTo(0));
        api(advisorSaxony()).when().get("/api/v1/metric-scopes/" + SCOPE_FICHTELGEBIRGE).then().statusCode(404);

        Set<String> saxony = saxonScopes();
        for (String path : List.of("/api/v1/metric-events", "/api/v1/network-initiatives", "/api/v1/measurements",
                "/api/v1/indicator-targets", "/api/v1/report-narratives")) {
            List<String> coordinatorSees = api(coordinator()).queryParam("size", 100).queryParam("scopeId", SCOPE_FICHTELGEBIRGE)
                    .when().get(path).then().statusCode(200).extract().path("items.scopeId");
            List<String> advisorSees = api(advisorSaxony()).queryParam("size", 100).queryParam("scopeId", SCOPE_FICHTELGEBIRGE)
                    .when().get(path).then().statusCode(200).extract().path("items.scopeId");
            assertTrue(advisorSees.isEmpty(), path + " shows Bavarian records to a Saxon advisor");
            if (!path.contains("targets") && !path.contains("narratives")) {
                assertFalse(coordinatorSees.isEmpty(), path + " has Bavarian demo records, so the check means something");
            }
            List<String> all = api(advisorSaxony()).queryParam("size", 100).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                    .when().get(path).then().statusCode(200).extract().path("items.scopeId");
            assertTrue(saxony.containsAll(all), path + " in 2021: " + all);
        }
        api(advisorSaxony()).when().get("/api/v1/metric-events/8f3e5a10-4d07-4f6e-9c73-000000000911").then().statusCode(404);

        JsonNode everything = report(coordinator(), "2017-01-01", "2021-12-31");
        JsonNode limited = report(advisorSaxony(), "2017-01-01", "2021-12-31");
        assertTrue(everything.toString().contains("\"BY\""), "staff see Bavaria in the report");
        for (JsonNode figure : limited.get("indicators")) {
            figure.get("byScope").forEach(s -> assertEquals("SN", s.get("state").asText(), figure.get("key") + ": " + s));
            figure.get("byState").forEach(s -> assertEquals("SN", s.get("state").asText(), figure.get("key") + ": " + s));
            figure.get("byTown").forEach(t -> assertFalse(List.of("Wunsiedel", "Marktredwitz", "Kalbe (Milde)").contains(t.get("town").asText())));
        }
        assertEquals(0, value(limited, "facebook_followers").compareTo(value(report(coordinator(), "2017-01-01", "2021-12-31", "state", "SN"),
                "facebook_followers")), "the advisor's total is the Saxon total");
        assertEquals(0, value(report(advisorSaxony(), "2021-01-01", "2021-12-31", "state", "BY"), "actors_reached").signum());
        api(advisorSaxony()).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").queryParam("scopeId", SCOPE_FICHTELGEBIRGE)
                .when().get("/api/v1/outreach-report").then().statusCode(400);

        String csv = new String(api(advisorSaxony()).accept("text/csv").queryParam("from", "2017-01-01").queryParam("to", "2021-12-31")
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(csv.contains(",BY,"), "no Bavarian row in the advisor's export");
        assertFalse(csv.contains("Wunsiedel") || csv.contains("Fichtelgebirge") || csv.contains("Kalbe"), "no scope outside Saxony in the export");
        assertTrue(csv.contains("Görlitz"));
    }

    @Test
    void advisorWithoutStateLimitSeesEveryState() {
        api(advisorEverywhere()).queryParam("state", "BY").when().get("/api/v1/metric-scopes")
                .then().statusCode(200).body("items.id", hasItem(SCOPE_FICHTELGEBIRGE));
        JsonNode report = report(advisorEverywhere(), "2021-01-01", "2021-12-31", "state", "BY");
        assertTrue(value(report, "actors_reached").signum() > 0);
    }
}
