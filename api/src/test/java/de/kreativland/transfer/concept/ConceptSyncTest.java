package de.kreativland.transfer.concept;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.Feeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConceptSyncTest extends ApiTest {
    private static final String CONCEPTS = "/api/v1/transfer-concepts";

    @Test
    void anonymousExportHoldsOnlyPublishedConceptsWhileStaffGetEveryStatus() {
        String anonymous = RestAssured.given().accept("application/x-ndjson").when().get(CONCEPTS).then().statusCode(200).extract().asString();
        List<String> lines = anonymous.lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(JsonPath.from(line).getString("status").equals("PUBLISHED"), line);
        }
        String staff = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).accept("application/x-ndjson")
                .when().get(CONCEPTS).then().statusCode(200).extract().asString();
        assertTrue(staff.lines().count() > lines.size(), "staff also export drafts and concepts in review");
    }

    @Test
    void aNewDraftReachesItsOrganisationsMirrorButNotTheOtherPartners() {
        String cursor = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe())).accept("application/x-ndjson")
                .when().get(CONCEPTS).then().statusCode(200).extract().header("Sync-Cursor");
        String id = api(TestTokens.coordinator()).contentType("application/json")
                .body(java.util.Map.of("organisationId", "5b0c2d4e-1a01-4f6e-9c10-000000000001", "title", "Zweites Konzept Kalbe"))
                .when().post(CONCEPTS).then().statusCode(201).extract().path("id");
        Feeds.Window kalbe = Feeds.readUntil(() -> api(TestTokens.partnerKalbe()), CONCEPTS, cursor, id);
        assertTrue(kalbe.itemIds().contains(id));
        Feeds.Window fichtelgebirge = Feeds.readUntil(() -> api(TestTokens.partnerFichtelgebirge()), CONCEPTS, cursor, id);
        assertFalse(fichtelgebirge.itemIds().contains(id), "another organisation's draft must not reach this mirror");
    }
}
