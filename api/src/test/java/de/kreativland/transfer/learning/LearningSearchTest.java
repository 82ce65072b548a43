package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningSearchTest extends LearningTest {

    @Test
    void germanSearchFindsInflectedFormsRankedWithHighlightedSnippets() {
        JsonPath result = api().queryParam("q", "Förderungen").when().get(MODULES)
                .then().statusCode(200)
                .body("items[0].id", equalTo(FOERDERUNG))
                .body("items.id", hasItem(E_WERK_CASE_STUDY))
                .body("items.rank", everyItem(notNullValue()))
                .body("items[0].snippet", containsString("<mark>Förderung</mark>"))
                .extract().jsonPath();
        List<Float> ranks = result.getList("items.rank", Float.class);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "ranked by relevance: " + ranks);
        }
    }

    @Test
    void listWithoutSearchTermHasNoRankOrSnippet() {
        api().when().get(MODULES).then().statusCode(200)
                .body("items.rank", everyItem(nullValue()))
                .body("items.snippet", everyItem(nullValue()));
    }

    @Test
    void filtersCombineWithSearch() {
        api().queryParam("q", "Leerstand").queryParam("format", "CASE_STUDY").when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItem(KALBE_CASE_STUDY))
                .body("items.id", not(hasItem(LEERSTAND_CHECKLIST)))
                .body("items.format", everyItem(equalTo("CASE_STUDY")));
        api().queryParam("q", "Förderung").queryParam("level", "ADVANCED").queryParam("topic", "FINANCING").when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItem(E_WERK_CASE_STUDY))
                .body("items.id", not(hasItem(FOERDERUNG)))
                .body("items.level", everyItem(equalTo("ADVANCED")));
        api().queryParam("q", "Atelier").queryParam("submarket", "DESIGN").when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItem(NUTZUNGSAENDERUNG))
                .body("items.id", not(hasItem(KALBE_CASE_STUDY)));
    }

    @Test
    void paginatesWithTotals() {
        api().queryParam("size", 5).queryParam("page", 1).when().get(MODULES)
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5))
                .body("items.size()", equalTo(5))
                .body("totalItems", greaterThanOrEqualTo(13));
        invalidRequest().queryParam("size", 101).when().get(MODULES).then().statusCode(400);
    }

    @Test
    void invalidFilterValuesAreBadRequestsNamingTheParameter() {
        invalidRequest().queryParam("format", "PODCAST").when().get(MODULES)
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        invalidRequest().queryParam("level", "EXPERT").when().get(MODULES)
                .then().statusCode(400).body("violations[0].field", equalTo("level"));
        invalidRequest().queryParam("topic", "finanzen!").when().get(MODULES)
                .then().statusCode(400).body("violations[0].field", equalTo("topic"));
    }

    @Test
    void anonymousSearchFindsNeitherDraftsNorParticipantsModules() {
        api().queryParam("q", "Crowdfunding").when().get(MODULES)
                .then().statusCode(200).body("items.id", not(hasItem(CROWDFUNDING_DRAFT)));
        api().queryParam("q", "Kassenprüfung").when().get(MODULES)
                .then().statusCode(200).body("items.id", not(hasItem(ROLES_PARTICIPANTS_ONLY)));
        api(TestTokens.partnerKalbe()).queryParam("q", "Kassenprüfung").when().get(MODULES)
                .then().statusCode(200).body("items.id", hasItem(ROLES_PARTICIPANTS_ONLY));
        api(clara()).queryParam("q", "Crowdfunding").when().get(MODULES)
                .then().statusCode(200).body("items.id", hasItem(CROWDFUNDING_DRAFT));
        api(otherCoach()).queryParam("q", "Crowdfunding").when().get(MODULES)
                .then().statusCode(200).body("items.id", not(hasItem(CROWDFUNDING_DRAFT)));
        api(integration()).queryParam("q", "Kassenprüfung").when().get(MODULES)
                .then().statusCode(200).body("items.id", not(hasItem(ROLES_PARTICIPANTS_ONLY)));
    }

    @Test
    void snippetsEscapeMarkupFromTheBody() {
        String word = "Zauberwort" + System.nanoTime() % 100000;
        publishedByClara(unique("Snippet"), "Vorher <script>alert('x')</script> " + word + " <b onclick=\"x()\">fett</b> nachher");
        String snippet = api().queryParam("q", word).when().get(MODULES)
                .then().statusCode(200).body("items.size()", equalTo(1))
                .extract().path("items[0].snippet");
        assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertTrue(!snippet.contains("<script") && !snippet.contains("<b ") && !snippet.contains("onclick"), snippet);
    }

    @Test
    void demoWorldHasPublishedModulesAcrossAllSixTopics() {
        JsonPath page = api().queryParam("size", 100).when().get(MODULES).then().statusCode(200).extract().jsonPath();
        List<List<String>> topics = page.getList("items.topics");
        HashSet<String> all = new HashSet<>();
        topics.forEach(all::addAll);
        assertTrue(page.getList("items").size() >= 12);
        assertTrue(all.containsAll(List.of("ORGANISATION_DEVELOPMENT", "FINANCING", "MARKETING", "BUILDING_LAW", "OFFER_DEVELOPMENT",
                "DIGITAL_INFRASTRUCTURE")), all.toString());
        api().queryParam("size", 100).when().get(PATHS).then().statusCode(200)
                .body("items.slug", hasItems("leerstand-beleben", "finanzierung-sichern"));
    }
}
