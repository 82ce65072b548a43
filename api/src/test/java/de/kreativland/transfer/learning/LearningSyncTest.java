package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.Feeds;
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

    @Test
    void anAnonymousMirrorGetsPublishedModulesAndLosesArchivedOnes() {
        String cursor = exportCursor(MODULES);
        String draft = draftByClara(unique("Entwurf bleibt intern"), "Noch nicht fertig.");
        String published = publishedByClara(unique("Spiegel Veröffentlicht"), "Öffentlicher Text.");

        Feeds.Window first = Feeds.readUntil(LearningSyncTest::api, MODULES, cursor, published);
        assertEquals(List.of(published), first.itemIds(), "only what anonymous visitors may read arrives as an item");
        assertFalse(first.itemIds().contains(draft));
        assertTrue(((String) first.items().get(0).get("title")).startsWith("Spiegel Veröffentlicht"));

        transition(TestTokens.coordinator(), published, "ARCHIVED");
        Feeds.Window second = Feeds.readUntil(LearningSyncTest::api, MODULES, first.nextCursor(), published);
        assertTrue(second.items().isEmpty());
        assertEquals(List.of(published), second.removedIds(), "archived modules leave the public mirror");
    }

    @Test
    void filtersApplyToTheFeed() {
        String cursor = exportCursor(MODULES);
        String marketing = publishedByClara(unique("Filter Marketing"), "Text.");
        Feeds.Window same = Feeds.readUntil(() -> api().queryParam("topic", "MARKETING"), MODULES, cursor, marketing);
        assertTrue(same.itemIds().contains(marketing));
        Feeds.Window other = Feeds.readUntil(() -> api().queryParam("topic", "FINANCING"), MODULES, cursor, marketing);
        assertFalse(other.itemIds().contains(marketing), "a FINANCING mirror does not get a MARKETING module");
        assertTrue(other.removedIds().contains(marketing), "it learns the module is not in its view");
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
        assertTrue(lines.size() >= 3, "header and at least the two demo paths: " + csv);
        assertTrue(csv.contains(PATH_LEERSTAND) && csv.contains(PATH_FINANZIERUNG));
    }
}
