package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningPathTest extends LearningTest {

    @Test
    void anonymousReadsPublicPathWithItsReadableModulesInOrder() {
        api().when().get(PATHS + "/finanzierung-sichern")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(PATH_FINANZIERUNG))
                .body("introductionHtml", containsString("<p>"))
                .body("modules.id", contains(FOERDERUNG, "8e1a0f3c-4d05-4b7e-9c50-000000000002", E_WERK_CASE_STUDY));
        api(TestTokens.partnerKalbe()).when().get(PATHS + "/" + PATH_FINANZIERUNG)
                .then().statusCode(200)
                .body("modules.id", contains(FOERDERUNG, "8e1a0f3c-4d05-4b7e-9c50-000000000002", E_WERK_CASE_STUDY, ROLES_PARTICIPANTS_ONLY));
        api().when().get(PATHS).then().statusCode(200)
                .body("items.find { it.slug == 'finanzierung-sichern' }.moduleCount", equalTo(3));
    }

    @Test
    void coordinatorsCreateAndReorderPathsWithIfMatch() {
        Map<String, Object> input = Map.of("title", unique("Netzwerke knüpfen"), "introduction", "Einführung",
                "visibility", "PUBLIC", "status", "DRAFT", "moduleIds", List.of(FOERDERUNG, KALBE_CASE_STUDY));
        String id = json(TestTokens.coordinator()).body(input).when().post(PATHS)
                .then().statusCode(201).header("Location", containsString(PATHS + "/"))
                .body("status", equalTo("DRAFT")).extract().path("id");
        api().when().get(PATHS + "/" + id).then().statusCode(404);
        api().when().get(PATHS).then().statusCode(200).body("items.id", not(hasItem(id)));

        String etag = api(TestTokens.coordinator()).when().get(PATHS + "/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> reordered = Map.of("title", input.get("title"), "introduction", "Einführung",
                "visibility", "PUBLIC", "status", "PUBLISHED", "moduleIds", List.of(KALBE_CASE_STUDY, FOERDERUNG));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON)
                .body(reordered).when().put(PATHS + "/" + id).then().statusCode(428);
        json(TestTokens.coordinator()).header("If-Match", etag).body(reordered).when().put(PATHS + "/" + id)
                .then().statusCode(200).body("modules.id", contains(KALBE_CASE_STUDY, FOERDERUNG));
        json(TestTokens.coordinator()).header("If-Match", etag).body(reordered).when().put(PATHS + "/" + id).then().statusCode(412);
        api().when().get(PATHS + "/" + id).then().statusCode(200).body("publishedAt", notNullValue());
    }

    @Test
    void pathModulesMustExistAndAppearOnce() {
        Map<String, Object> twice = Map.of("title", unique("Doppelt"), "introduction", "", "visibility", "PUBLIC", "status", "DRAFT",
                "moduleIds", List.of(FOERDERUNG, FOERDERUNG));
        json(TestTokens.coordinator()).body(twice).when().post(PATHS).then().statusCode(400)
                .body("violations[0].field", equalTo("moduleIds[1]"));
        Map<String, Object> unknown = Map.of("title", unique("Unbekannt"), "introduction", "", "visibility", "PUBLIC", "status", "DRAFT",
                "moduleIds", List.of("00000000-0000-4000-8000-000000000000"));
        json(TestTokens.coordinator()).body(unknown).when().post(PATHS).then().statusCode(400)
                .body("violations[0].field", equalTo("moduleIds[0]"));
    }

    @Test
    void onlyStaffCreatePaths() {
        Map<String, Object> input = Map.of("title", unique("Pfad"), "introduction", "", "visibility", "PUBLIC", "status", "DRAFT",
                "moduleIds", List.of());
        json(clara()).body(input).when().post(PATHS).then().statusCode(403);
        json(TestTokens.partnerKalbe()).body(input).when().post(PATHS).then().statusCode(403);
    }
}
