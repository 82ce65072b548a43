package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningSyncTest extends LearningTest {
    private static String exportCursor(String path) {
        return RestAssured.given().accept("application/x-ndjson").when().get(path)
                .then().statusCode(200).extract().header("Sync-Cursor");
    }

    private static JsonPath window(String path, String cursor) {
        return api().queryParam("cursor", cursor).queryParam("size", 100).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAnonymousMirrorGetsPublishedModulesAndLosesArchivedOnes() {
        String cursor = exportCursor(MODULES);
        String draft = draftByClara(unique("Entwurf bleibt intern"), "Noch nicht fertig.");
        String published = publishedByClara(unique("Spiegel Veröffentlicht"), "Öffentlicher Text.");

        JsonPath first = window(MODULES, cursor);
        assertEquals(List.of(published), first.getList("items.id"), "only what anonymous visitors may read arrives as an item");
        assertFalse(first.getList("items.id").contains(draft));
        assertTrue(first.getString("items[0].title").startsWith("Spiegel Veröffentlicht"));

        transition(TestTokens.coordinator(), published, "ARCHIVED");
        JsonPath second = window(MODULES, first.getString("nextCursor"));
        assertTrue(second.getList("items").isEmpty());
        assertEquals(List.of(published), second.getList("removed.id"), "archived modules leave the public mirror");
    }

    @Test
    void filtersApplyToTheFeed() {
        String cursor = exportCursor(MODULES);
        String marketing = publishedByClara(unique("Filter Marketing"), "Text.");
        JsonPath other = api().queryParam("cursor", cursor).queryParam("topic", "FINANCING").queryParam("size", 100)
                .when().get(MODULES).then().statusCode(200).extract().jsonPath();
        assertFalse(other.getList("items.id").contains(marketing), "a FINANCING mirror does not get a MARKETING module");
        JsonPath same = api().queryParam("cursor", cursor).queryParam("topic", "MARKETING").queryParam("size", 100)
                .when().get(MODULES).then().statusCode(200).extract().jsonPath();
        assertTrue(same.getList("items.id").contains(marketing));
    }

    @Test
    void participantsModulesAreExportedOnlyToProgrammeRoles() {
        String anonymous = RestAssured.given().accept("application/x-ndjson").when().get(MODULES).then().statusCode(200).extract().asString();
        String partner = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe())).accept("application/x-ndjson")
                .when().get(MODULES).then().statusCode(200).extract().asString();
        assertFalse(anonymous.contains(ROLES_PARTICIPANTS_ONLY), "PARTICIPANTS module exported anonymously");
        assertTrue(partner.contains(ROLES_PARTICIPANTS_ONLY));
        assertTrue(anonymous.contains(FOERDERUNG));
        assertFalse(anonymous.contains(CROWDFUNDING_DRAFT), "drafts are never exported to the public");
        for (String line : anonymous.lines().toList()) {
            assertEquals("PUBLISHED", JsonPath.from(line).getString("status"), line);
        }
    }

    @Test
    void pathsExportAsCsvWithAHeaderRow() {
        String csv = RestAssured.given().accept("text/csv").when().get(PATHS).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("learning-paths.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFid,slug,title"), lines.get(0));
        assertEquals(3, lines.size(), "header and the two demo paths: " + csv);
        assertTrue(csv.contains(PATH_LEERSTAND));
    }
}
