package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Targets and narrative sections are changed and removed with If-Match, by staff only, and the audit log says so. */
@QuarkusTest
class TargetNarrativeEditTest extends MetricsApiTest {
    private static final String COACH = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));

    private static String year() {
        return String.valueOf(2500 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 400));
    }

    /** A request that breaks the contract on purpose (no If-Match, a value out of range); the answer must still match it. */
    private static io.restassured.specification.RequestSpecification bad() {
        return invalidRequest().header("Authorization", TestTokens.bearer(coordinator()));
    }

    private static String etag(String path) {
        return api(coordinator()).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> narrative(String scope, String period, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("scopeId", scope);
        body.put("periodId", period);
        body.put("title", title);
        body.put("body", "Ein **Rückblick**.");
        return body;
    }

    @Test
    void narrativeIsSavedOverTheVersionReadAndRemovedWithIfMatch() {
        String y = year();
        String scope = createScope("COUNSELLING_LOCATION", "Texte", "Pirna", "SN", y + "-01-01");
        String period = createPeriod("Texte " + y + " " + UUID.randomUUID(), y + "-05-01", y + "-05-31");
        String id = api(coordinator()).contentType(ContentType.JSON).body(narrative(scope, period, "Erster Stand"))
                .when().post("/api/v1/report-narratives").then().statusCode(201).extract().path("id");
        String path = "/api/v1/report-narratives/" + id;
        String etag = etag(path);

        // roles that may not change it
        for (String token : new String[] {TestTokens.partnerKalbe(), COACH, advisorSaxony()}) {
            api(token).contentType(ContentType.JSON).header("If-Match", etag).body(narrative(scope, period, "Nein"))
                    .when().put(path).then().statusCode(403);
            api(token).header("If-Match", etag).when().delete(path).then().statusCode(403);
        }
        // unknown, without If-Match, invalid
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(narrative(scope, period, "Nein"))
                .when().put("/api/v1/report-narratives/" + UUID.randomUUID()).then().statusCode(404);
        api(coordinator()).header("If-Match", etag).when().delete("/api/v1/report-narratives/" + UUID.randomUUID()).then().statusCode(404);
        bad().contentType(ContentType.JSON).body(narrative(scope, period, "Nein")).when().put(path).then().statusCode(428);
        bad().when().delete(path).then().statusCode(428);
        bad().contentType(ContentType.JSON).header("If-Match", etag).body(narrative(scope, period, " "))
                .when().put(path).then().statusCode(400).body("violations.field", hasItem("title"));
        Map<String, Object> unknownPeriod = narrative(scope, UUID.randomUUID().toString(), "Nein");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(unknownPeriod)
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("periodId"));

        // saved over the version read; the old ETag is stale afterwards
        String saved = api(admin()).contentType(ContentType.JSON).header("If-Match", etag).body(narrative(scope, period, "Zweiter Stand"))
                .when().put(path).then().statusCode(200).body("title", equalTo("Zweiter Stand")).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(narrative(scope, period, "Dritter Stand"))
                .when().put(path).then().statusCode(412);
        api(coordinator()).header("If-Match", etag).when().delete(path).then().statusCode(412);
        api(admin()).queryParam("entityType", "report_narrative").queryParam("entityId", id).queryParam("action", "update")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].actorName", equalTo("Ada Admin (Demo)"))
                .body("items[0].changes.find { it.field == 'title' }.before", equalTo("Erster Stand"))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo("Zweiter Stand"));

        // removed with the current ETag: gone from the list, and the log keeps what it said
        api(coordinator()).header("If-Match", saved).when().delete(path).then().statusCode(204);
        api(coordinator()).when().get(path).then().statusCode(404);
        api(admin()).queryParam("entityType", "report_narrative").queryParam("entityId", id).queryParam("action", "delete")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items.actorName", contains("Konrad Koordinator (Demo)"))
                .body("items[0].details.find { it.name == 'title' }.value", equalTo("Zweiter Stand"));
    }

    @Test
    void narrativeOfALockedPeriodStays() {
        String y = year();
        String scope = createScope("COUNSELLING_LOCATION", "Gesperrt", "Pirna", "SN", y + "-01-01");
        String period = createPeriod("Gesperrt " + y + " " + UUID.randomUUID(), y + "-07-01", y + "-07-31");
        String id = api(coordinator()).contentType(ContentType.JSON).body(narrative(scope, period, "Bleibt"))
                .when().post("/api/v1/report-narratives").then().statusCode(201).extract().path("id");
        transition(coordinator(), period, "SUBMITTED");
        String path = "/api/v1/report-narratives/" + id;
        api(coordinator()).header("If-Match", etag(path)).when().delete(path).then().statusCode(409);
    }

    @Test
    void targetChangesItsValuesWithIfMatchAndIsRemoved() {
        String y = year();
        String scope = createScope("COUNSELLING_LOCATION", "Ziele", "Pirna", "SN", y + "-01-01");
        String period = createPeriod("Ziele " + y + " " + UUID.randomUUID(), y + "-09-01", y + "-09-30");
        String id = api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "group_members", "scopeId", scope, "periodId", period, "baseline", 10, "target", 20))
                .when().post("/api/v1/indicator-targets").then().statusCode(201).extract().path("id");
        String path = "/api/v1/indicator-targets/" + id;
        String etag = etag(path);
        Map<String, Object> values = Map.of("baseline", 12, "target", 30);

        for (String token : new String[] {TestTokens.partnerKalbe(), COACH, advisorSaxony()}) {
            api(token).contentType(ContentType.JSON).header("If-Match", etag).body(values).when().put(path).then().statusCode(403);
            api(token).header("If-Match", etag).when().delete(path).then().statusCode(403);
        }
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(values)
                .when().put("/api/v1/indicator-targets/" + UUID.randomUUID()).then().statusCode(404);
        bad().contentType(ContentType.JSON).body(values).when().put(path).then().statusCode(428);
        bad().when().delete(path).then().statusCode(428);
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("target"));
        bad().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("target", -1))
                .when().put(path).then().statusCode(400).body("violations.field", hasItem("target"));

        String saved = api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(values)
                .when().put(path).then().statusCode(200).body("target", equalTo(30.0f)).body("baseline", equalTo(12.0f))
                .body("indicatorKey", equalTo("group_members")).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(values).when().put(path).then().statusCode(412);
        api(admin()).queryParam("entityType", "indicator_target").queryParam("entityId", id).queryParam("action", "update")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.find { it.field == 'target' }.before", equalTo("20"))
                .body("items[0].changes.find { it.field == 'target' }.after", equalTo("30"));

        api(coordinator()).header("If-Match", saved).when().delete(path).then().statusCode(204);
        api(coordinator()).when().get(path).then().statusCode(404);
        api(admin()).queryParam("entityType", "indicator_target").queryParam("entityId", id).queryParam("action", "delete")
                .when().get("/api/v1/audit-log").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
