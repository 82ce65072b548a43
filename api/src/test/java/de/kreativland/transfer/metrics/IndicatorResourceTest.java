package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest extends MetricsApiTest {

    private static Map<String, Object> newsletter(String key) {
        Map<String, Object> input = new HashMap<>();
        input.put("key", key);
        input.put("nameDe", "Newsletter-Abonnements");
        input.put("nameEn", "Newsletter subscriptions");
        input.put("definition", "Abonnements des Newsletters zum Stichtag.");
        input.put("unit", "Abonnements");
        input.put("kind", "STOCK");
        input.put("category", "SOCIAL_MEDIA");
        input.put("impactLevel", "OUTPUT");
        input.put("source", "MANUAL");
        return input;
    }

    @Test
    void adminsAddAndChangeIndicatorsWithIfMatchAndOthersMayNot() {
        String key = "newsletter_" + UUID.randomUUID().toString().substring(0, 8);
        api(coordinator()).contentType(ContentType.JSON).body(newsletter(key)).when().post("/api/v1/indicators").then().statusCode(403);
        api(admin()).contentType(ContentType.JSON).body(newsletter(key)).when().post("/api/v1/indicators")
                .then().statusCode(201).header("Location", endsWith("/api/v1/indicators/" + key)).body("isPublic", equalTo(false));
        api(admin()).contentType(ContentType.JSON).body(newsletter(key)).when().post("/api/v1/indicators").then().statusCode(409);
        api().when().get("/api/v1/indicators/" + key).then().statusCode(404);

        Map<String, Object> change = new HashMap<>(Map.of("nameDe", "Newsletter-Abos", "nameEn", "Newsletter subscribers",
                "definition", "Abonnements des Newsletters zum Stichtag.", "unit", "Abos", "category", "SOCIAL_MEDIA",
                "impactLevel", "OUTPUT", "isPublic", true, "position", 75));
        invalidRequest().header("Authorization", "Bearer " + admin()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/indicators/" + key).then().statusCode(428);
        api(admin()).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(change)
                .when().put("/api/v1/indicators/" + key).then().statusCode(412);
        String etag = api(admin()).when().get("/api/v1/indicators/" + key).then().statusCode(200).extract().header("ETag");
        api(admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put("/api/v1/indicators/" + key).then().statusCode(200).body("nameDe", equalTo("Newsletter-Abos"));
        api().when().get("/api/v1/indicators/" + key).then().statusCode(200).body("kind", equalTo("STOCK"));
    }

    @Test
    void derivedIndicatorsNameTheirRecordsAndTheKindTheseGive() {
        Map<String, Object> input = newsletter("derived_" + UUID.randomUUID().toString().substring(0, 8));
        input.put("source", "DERIVED");
        api(admin()).contentType(ContentType.JSON).body(input).when().post("/api/v1/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("derivation"));
        input.put("derivation", "EVENTS_HELD");
        api(admin()).contentType(ContentType.JSON).body(input).when().post("/api/v1/indicators")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
    }
}
