package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A scope's name, town, position and archive flag are saved with If-Match by staff; the audit log keeps before and after. */
@QuarkusTest
class ScopeEditTest extends MetricsApiTest {
    private static final String COACH = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));

    private static Map<String, Object> change(String name, String town, Object latitude, Object longitude) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("town", town);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        return body;
    }

    @Test
    void staffSaveTownAndPositionOverTheVersionReadAndArchive() {
        String id = createScope("COUNSELLING_LOCATION", "Position", "Pirna", "SN", "2031-01-01");
        String path = "/api/v1/metric-scopes/" + id;
        String etag = api(coordinator()).when().get(path).then().statusCode(200)
                .body("archived", equalTo(false)).extract().header("ETag");
        Map<String, Object> meissen = change("Beratungsstelle Meißen", "Meißen", 51.16358, 13.47127);

        for (String token : new String[] {TestTokens.partnerKalbe(), COACH, advisorSaxony()}) {
            api(token).contentType(ContentType.JSON).header("If-Match", etag).body(meissen).when().put(path).then().statusCode(403);
        }
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(meissen)
                .when().put("/api/v1/metric-scopes/" + UUID.randomUUID()).then().statusCode(404);
        invalidRequest().header("Authorization", TestTokens.bearer(coordinator())).contentType(ContentType.JSON).body(meissen)
                .when().put(path).then().statusCode(428);
        // out of range, and half a position, each name the field
        invalidRequest().header("Authorization", TestTokens.bearer(coordinator())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(change("Beratungsstelle Meißen", "Meißen", 91, 13.4)).when().put(path).then().statusCode(400)
                .body("violations.field", hasItem("latitude"));
        invalidRequest().header("Authorization", TestTokens.bearer(coordinator())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(change("Beratungsstelle Meißen", "Meißen", 51.1, -181)).when().put(path).then().statusCode(400)
                .body("violations.field", hasItem("longitude"));
        Map<String, Object> half = change("Beratungsstelle Meißen", "Meißen", 51.1, null);
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(half).when().put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("longitude"));
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(change("Beratungsstelle", null, null, null))
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("town"));

        String saved = api(admin()).contentType(ContentType.JSON).header("If-Match", etag).body(meissen).when().put(path).then().statusCode(200)
                .body("town", equalTo("Meißen")).body("latitude", equalTo(51.16358f)).body("longitude", equalTo(13.47127f))
                .body("kind", equalTo("COUNSELLING_LOCATION")).body("openedOn", equalTo("2031-01-01"))
                .extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(meissen).when().put(path).then().statusCode(412);
        api(admin()).queryParam("entityType", "metric_scope").queryParam("entityId", id).queryParam("action", "update")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].actorName", equalTo("Ada Admin (Demo)"))
                .body("items[0].changes.find { it.field == 'town' }.before", equalTo("Pirna"))
                .body("items[0].changes.find { it.field == 'town' }.after", equalTo("Meißen"));

        Map<String, Object> archive = new HashMap<>(meissen);
        archive.put("archived", true);
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", saved).body(archive).when().put(path).then().statusCode(200)
                .body("archived", equalTo(true));
        api(admin()).queryParam("entityType", "metric_scope").queryParam("entityId", id).queryParam("action", "archive")
                .when().get("/api/v1/audit-log").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
