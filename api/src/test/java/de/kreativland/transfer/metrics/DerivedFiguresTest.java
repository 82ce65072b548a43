package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DerivedFiguresTest extends MetricsApiTest {

    private static JsonNode year(String scope) {
        return report(coordinator(), "2036-01-01", "2036-12-31", "scopeId", scope);
    }

    @Test
    void derivedFiguresFollowEventsAndInitiativesAddedChangedAndRemovedWithoutManualEntry() {
        String scope = createScope("COUNSELLING_LOCATION", "Beratungsstelle Test", "Bautzen", "SN", "2036-03-01");
        JsonNode before = year(scope);
        assertEquals(0, value(before, "events_held").signum());
        assertEquals(0, value(before, "counselling_locations").compareTo(BigDecimal.ONE), "the location counts from its opening");
        assertEquals(0, value(report(coordinator(), "2036-01-01", "2036-02-28", "scopeId", scope), "counselling_locations").signum());

        String talk = createEvent(scope, "NETWORK_TALK", "2036-04-02", "Bautzen", 17);
        createEvent(scope, "TRIP", "2036-05-10", "Wrocław (Polen)", 6);
        JsonNode afterAdding = year(scope);
        assertEquals(0, value(afterAdding, "events_held").compareTo(BigDecimal.ONE), "a trip is no event held");
        assertEquals(0, value(afterAdding, "event_participants").compareTo(new BigDecimal("23")));

        String etag = api(coordinator()).when().get("/api/v1/metric-events/" + talk).then().statusCode(200).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Netzwerkgespräch Bautzen", "type", "NETWORK_TALK", "heldOn", "2036-04-02", "town", "Bautzen",
                        "scopeId", scope, "participants", 20))
                .when().put("/api/v1/metric-events/" + talk).then().statusCode(200).body("participants", equalTo(20));
        assertEquals(0, value(year(scope), "event_participants").compareTo(new BigDecimal("26")));

        String initiative = api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Kreativstammtisch Oberlausitz", "supportedOn", "2036-04-20", "scopeId", scope))
                .when().post("/api/v1/network-initiatives").then().statusCode(201)
                .body("town", equalTo("Bautzen")).extract().path("id");
        assertEquals(0, value(year(scope), "network_initiatives").compareTo(BigDecimal.ONE));

        api(coordinator()).header("If-Match", api(coordinator()).when().get("/api/v1/metric-events/" + talk).then().statusCode(200).extract().header("ETag"))
                .when().delete("/api/v1/metric-events/" + talk).then().statusCode(204);
        api(coordinator()).header("If-Match", api(coordinator()).when().get("/api/v1/network-initiatives/" + initiative).then().statusCode(200).extract().header("ETag"))
                .when().delete("/api/v1/network-initiatives/" + initiative).then().statusCode(204);
        JsonNode afterRemoving = year(scope);
        assertEquals(0, value(afterRemoving, "events_held").signum());
        assertEquals(0, value(afterRemoving, "event_participants").compareTo(new BigDecimal("6")));
        assertEquals(0, value(afterRemoving, "network_initiatives").signum());
        api(coordinator()).when().get("/api/v1/metric-events/" + talk).then().statusCode(404);
    }

    @Test
    void derivedIndicatorsTakeNoManualValues() {
        String scope = createScope("PROGRAMME", "Testzentrum Abgeleitet", null, "SN", null);
        invalidRequest().header("Authorization", "Bearer " + coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "events_held", "scopeId", scope, "validFrom", "2036-01-01", "validTo", "2036-01-31", "value", 80))
                .when().post("/api/v1/measurements")
                .then().statusCode(400).body("violations[0].field", equalTo("indicatorKey")).body("detail", containsString("DERIVED"));
    }

    @Test
    void coachingHoursComeFromTheCoachSlicesSessionLog() {
        // Demo: Kalbe's assignments log 180 + 90 + 60 minutes in 2021 (R__20_demo_coaches.sql); Kalbe has a scope.
        JsonNode report = report(coordinator(), "2021-01-01", "2021-12-31", "scopeId", "8f3e5a10-4d07-4f6e-9c70-000000000032");
        assertEquals(1, value(report, "coaching_hours").compareTo(BigDecimal.ZERO));
        assertEquals(0, value(report, "learning_module_views").signum(), "module views belong to no scope");
    }

    @Test
    void learningModuleViewsComeFromTheLearningSpacesDailyCounts() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString(); // the day the learning space counts views on
        BigDecimal before = value(report(coordinator(), today, today), "learning_module_views");
        io.restassured.RestAssured.given().when().get("/api/v1/learning-modules/foerderung-fuer-kulturprojekte-im-laendlichen-raum")
                .then().statusCode(200);
        BigDecimal after = value(report(coordinator(), today, today), "learning_module_views");
        assertEquals(before.add(BigDecimal.ONE), after);
    }

    @Test
    void removingARecordNeedsTheVersionThatWasRead() {
        String scope = createScope("COUNSELLING_LOCATION", "Beratungsstelle Vorbedingung", "Görlitz", "SN", "2037-03-01");
        String event = createEvent(scope, "NETWORK_TALK", "2037-04-02", "Görlitz", 9);
        String path = "/api/v1/metric-events/" + event;
        String read = api(coordinator()).when().get(path).then().statusCode(200).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("title", "Geändert", "type", "NETWORK_TALK", "heldOn", "2037-04-02", "town", "Görlitz", "scopeId", scope, "participants", 12))
                .when().put(path).then().statusCode(200);

        invalidRequest().header("Authorization", TestTokens.bearer(coordinator())).when().delete(path).then().statusCode(428);
        api(coordinator()).header("If-Match", "*").when().delete(path).then().statusCode(428);
        api(coordinator()).header("If-Match", read).when().delete(path).then().statusCode(412);
        api(coordinator()).when().get(path).then().statusCode(200).body("participants", equalTo(12));
    }
}
