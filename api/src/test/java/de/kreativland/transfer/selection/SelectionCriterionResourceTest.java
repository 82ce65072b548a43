package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelectionCriterionResourceTest extends SelectionApiTest {
    private static final List<String> PILOT_CRITERIA = List.of("EXPERIENCE", "CULTURAL_WORK", "RURAL_FOCUS", "PARTICIPATION",
            "LONG_TERM_VISION", "CAPACITY_TO_TRANSFER", "TRANSFERABILITY", "UNIQUE_SELLING_POINT");

    private static Map<String, Object> criterion(String key, double weight) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("nameDe", "Regionale Vernetzung");
        body.put("nameEn", "Regional network");
        body.put("descriptionDe", "Ist das Projekt in der Region vernetzt?");
        body.put("weight", weight);
        body.put("position", 9);
        body.put("active", true);
        return body;
    }

    private static String uniqueKey() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theEightPilotCriteriaAreSeededInOrderWithTransferWeighingMore() {
        api(coordinator()).queryParam("active", true).queryParam("size", 100).when().get("/api/v1/selection-criteria")
                .then().statusCode(200)
                .body("items.key", hasItems(PILOT_CRITERIA.toArray(String[]::new)))
                .body("items.active", everyItem(equalTo(true)))
                .body("items.find { it.key == 'EXPERIENCE' }.nameDe", equalTo("Mindestens drei Jahre Erfahrung"))
                .body("items.find { it.key == 'EXPERIENCE' }.position", equalTo(1))
                .body("items.find { it.key == 'UNIQUE_SELLING_POINT' }.position", equalTo(8))
                .body("items.find { it.key == 'TRANSFERABILITY' }.weight", equalTo(1.5f))
                .body("items.find { it.key == 'CAPACITY_TO_TRANSFER' }.weight", equalTo(1.5f))
                .body("items.find { it.key == 'RURAL_FOCUS' }.weight", equalTo(1.0f));
    }

    @Test
    void anActiveFilterOtherThanTrueOrFalseIsRefused() {
        invalidRequest(coach()).queryParam("active", "maybe").when().get("/api/v1/selection-criteria")
                .then().statusCode(400).body("violations.field", contains("active"));
    }

    @Test
    void coachesAndAdvisorsReadTheCatalogue() {
        api(coach()).when().get("/api/v1/selection-criteria").then().statusCode(200).body("items.key", hasItem("TRANSFERABILITY"));
        api(TestTokens.advisorSaxony()).when().get("/api/v1/selection-criteria").then().statusCode(200);
    }

    @Test
    void partnersAndAnonymousCannotReadTheCatalogue() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/selection-criteria").then().statusCode(403);
        api().when().get("/api/v1/selection-criteria").then().statusCode(401);
    }

    @Test
    void adminAddsACriterionAndChangesItsWeightOnlyWithTheCurrentETag() {
        String key = uniqueKey();
        ExtractableResponse<Response> created = api(admin()).contentType("application/json").body(criterion(key, 1.25))
                .when().post("/api/v1/selection-criteria")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("key", equalTo(key)).body("weight", equalTo(1.25f)).body("active", equalTo(true))
                .extract();
        String location = created.header("Location");
        String etag = created.header("ETag");
        String id = created.path("id");

        api(coach()).when().get(location).then().statusCode(200).header("ETag", equalTo(etag)).body("key", equalTo(key));

        Map<String, Object> change = criterion(key, 2.0);
        change.remove("key");
        change.put("active", false);
        invalidRequest(admin()).contentType("application/json").body(change).when().put("/api/v1/selection-criteria/{id}", id)
                .then().statusCode(428);
        api(admin()).contentType("application/json").header("If-Match", "\"999\"").body(change)
                .when().put("/api/v1/selection-criteria/{id}", id)
                .then().statusCode(412);
        String newEtag = api(admin()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/api/v1/selection-criteria/{id}", id)
                .then().statusCode(200)
                .body("weight", equalTo(2.0f)).body("active", equalTo(false)).body("key", equalTo(key))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        api(admin()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/api/v1/selection-criteria/{id}", id)
                .then().statusCode(412);
        api(coordinator()).queryParam("active", true).queryParam("size", 100).when().get("/api/v1/selection-criteria")
                .then().statusCode(200).body("items.key", not(hasItem(key)));
    }

    @Test
    void onlyAdminsChangeTheCatalogue() {
        api(coordinator()).contentType("application/json").body(criterion(uniqueKey(), 1.0)).when().post("/api/v1/selection-criteria")
                .then().statusCode(403);
        api(coach()).contentType("application/json").body(criterion(uniqueKey(), 1.0)).when().post("/api/v1/selection-criteria")
                .then().statusCode(403);
        api().contentType("application/json").body(criterion(uniqueKey(), 1.0)).when().post("/api/v1/selection-criteria")
                .then().statusCode(401);
    }

    @Test
    void invalidCriterionIsRefusedNamingEachField() {
        Map<String, Object> body = criterion("not snake case", 0);
        body.put("nameEn", "");
        invalidRequest(admin()).contentType("application/json").body(body).when().post("/api/v1/selection-criteria")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItems("key", "weight", "nameEn"));
    }

    @Test
    void aKeyIsTakenOnlyOnce() {
        api(admin()).contentType("application/json").body(criterion("TRANSFERABILITY", 1.0)).when().post("/api/v1/selection-criteria")
                .then().statusCode(409).body("detail", startsWith("Ein Kriterium mit dem Schlüssel TRANSFERABILITY"));
    }

    @Test
    void unknownCriterionIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        api(admin()).when().get("/api/v1/selection-criteria/{id}", unknown).then().statusCode(404);
        Map<String, Object> change = criterion("X", 1.0);
        change.remove("key");
        api(admin()).contentType("application/json").header("If-Match", "\"0\"").body(change)
                .when().put("/api/v1/selection-criteria/{id}", unknown)
                .then().statusCode(404);
    }
}
