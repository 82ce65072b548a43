package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admins' audit log: found by person, kind of item, item and action; each entry says what changed. */
@QuarkusTest
class AuditLogTest extends MetricsApiTest {

    @Test
    void adminFindsACorrectionByPersonWithTheValueBeforeAndAfterAndTheReason() {
        String scope = createScope("COUNSELLING_LOCATION", "Audit-Beratungsstelle", "Pirna", "SN", "2040-01-01");
        createPeriod("Audit 2040", "2040-01-01", "2040-03-31");
        String first = enterStock(coordinator(), "group_members", scope, "2040-03-31", 40);
        String corrected = api(admin()).contentType(ContentType.JSON).body(Map.of("value", 45, "reason", "Fünf Mitglieder nachgemeldet"))
                .when().post("/api/v1/measurements/" + first + "/corrections").then().statusCode(201).extract().path("id");

        // the value's history names who entered each version
        api(coordinator()).when().get("/api/v1/measurements/" + corrected).then().statusCode(200)
                .body("history.enteredByName", contains("Konrad Koordinator (Demo)", "Ada Admin (Demo)"))
                .body("history[1].reason", equalTo("Fünf Mitglieder nachgemeldet"));

        // by a part of the name, case-insensitive, and by subject
        for (String person : new String[] {"ada admin", TestTokens.ADMIN}) {
            api(admin()).queryParam("person", person).queryParam("entityType", "measurement").queryParam("action", "correct")
                    .queryParam("entityId", corrected)
                    .when().get("/api/v1/audit-log").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].actor", equalTo(TestTokens.ADMIN))
                    .body("items[0].actorName", equalTo("Ada Admin (Demo)"))
                    .body("items[0].changes.field", contains("value"))
                    .body("items[0].changes[0].before", equalTo("40"))
                    .body("items[0].changes[0].after", equalTo("45"))
                    .body("items[0].details.find { it.name == 'reason' }.value", equalTo("Fünf Mitglieder nachgemeldet"))
                    .body("items[0].details.find { it.name == 'corrects' }.value", equalTo(first));
        }
        // the coordinator's entry of the first value is not the admin's
        api(admin()).queryParam("person", "ada admin").queryParam("entityId", first)
                .when().get("/api/v1/audit-log").then().statusCode(200).body("totalItems", equalTo(0));
        api(admin()).queryParam("person", "Konrad").queryParam("entityId", first)
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items.action", contains("create")).body("items.actorName", everyItem(equalTo("Konrad Koordinator (Demo)")));

        api(admin()).queryParam("entityId", corrected).when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].entityId", equalTo(corrected));
    }

    @Test
    void updatesListTheFieldsTheyChangedBeforeAndAfter() {
        String path = "/api/v1/indicators/facebook_subscribers";
        Map<String, Object> indicator = api(admin()).when().get(path).then().statusCode(200).extract().as(Map.class);
        String unit = "Abos " + System.nanoTime() % 1000;
        Map<String, Object> body = new java.util.HashMap<>();
        for (String field : new String[] {"nameDe", "nameEn", "definition", "unit", "category", "impactLevel", "isPublic", "position"}) {
            body.put(field, indicator.get(field));
        }
        body.put("unit", unit);
        String etag = api(admin()).when().get(path).then().extract().header("ETag");
        api(admin()).contentType(ContentType.JSON).header("If-Match", etag).body(body).when().put(path).then().statusCode(200);
        api(admin()).queryParam("entityType", "indicator").queryParam("entityId", "facebook_subscribers").queryParam("action", "update")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.field", contains("unit"))
                .body("items[0].changes[0].before", equalTo(indicator.get("unit")))
                .body("items[0].changes[0].after", equalTo(unit));
        // back as it was, for the other tests
        body.put("unit", indicator.get("unit"));
        etag = api(admin()).when().get(path).then().extract().header("ETag");
        api(admin()).contentType(ContentType.JSON).header("If-Match", etag).body(body).when().put(path).then().statusCode(200);
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        api(coordinator()).when().get("/api/v1/audit-log").then().statusCode(403);
        api(advisorSaxony()).when().get("/api/v1/audit-log").then().statusCode(403);
        api(TestTokens.partnerKalbe()).when().get("/api/v1/audit-log").then().statusCode(403);
        api().when().get("/api/v1/audit-log").then().statusCode(401);
        api(admin()).queryParam("entityId", "no-such-item").when().get("/api/v1/audit-log").then().statusCode(200).body("totalItems", equalTo(0));
        invalidRequest().header("Authorization", "Bearer " + admin()).queryParam("from", "2040-13-01")
                .when().get("/api/v1/audit-log").then().statusCode(400).body("violations.field", hasItem("from"));
    }
}
