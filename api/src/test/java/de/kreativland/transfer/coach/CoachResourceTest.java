package de.kreativland.transfer.coach;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachResourceTest extends CoachingTest {

    @Test
    void anonymousCannotListCoaches() {
        api().when().get("/api/v1/coaches").then().statusCode(401);
    }

    @Test
    void partnerSeesPublicProfilesWithoutContactData() {
        api(TestTokens.partnerKalbe()).queryParam("size", 100).when().get("/api/v1/coaches")
                .then().statusCode(200)
                .body("items.name", hasItems("Clara Coach (Demo)", "Fritz Förder (Demo)", "Mara Markt (Demo)",
                        "Bernd Bau (Demo)", "Anja Angebot (Demo)", "Dirk Digital (Demo)"))
                .body("items.find { it.id == '" + CLARA + "' }.topics", hasItems("ORGANISATION_DEVELOPMENT", "FINANCING"))
                .body("items.find { it.id == '" + CLARA + "' }.languages", hasItems("de", "en"))
                .body("items.contact", everyItem(nullValue()))
                .body("items.subject", everyItem(nullValue()));
    }

    @Test
    void staffSeesContactDataAndUserOfEveryCoach() {
        api(TestTokens.coordinator()).queryParam("size", 100).when().get("/api/v1/coaches")
                .then().statusCode(200)
                .body("items.find { it.id == '" + CLARA + "' }.contact.email", equalTo("coach@demo.kreativland.example"))
                .body("items.find { it.id == '" + CLARA + "' }.subject", equalTo(TestTokens.COACH))
                .body("items.find { it.id == '" + FRITZ + "' }.contact.email", equalTo("fritz.foerder@demo.kreativland.example"));
    }

    @Test
    void coachSeesItsOwnContactDataButNotThatOfOtherCoaches() {
        api(clara()).queryParam("size", 100).when().get("/api/v1/coaches")
                .then().statusCode(200)
                .body("items.find { it.id == '" + CLARA + "' }.contact.phone", equalTo("+49 30 5550 0103"))
                .body("items.find { it.id == '" + FRITZ + "' }.contact", nullValue());
        api(clara()).when().get("/api/v1/coaches/" + MARA)
                .then().statusCode(200)
                .body("name", equalTo("Mara Markt (Demo)"))
                .body("contact", nullValue())
                .body("subject", nullValue());
    }

    @Test
    void coachReadsItsOwnProfileWithETag() {
        api(clara()).when().get("/api/v1/coaches/me")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(CLARA))
                .body("contact.email", equalTo("coach@demo.kreativland.example"));
    }

    @Test
    void coachWithoutProfileGetsNotFoundForItsOwnProfile() {
        api(coachToken(newSubject())).when().get("/api/v1/coaches/me").then().statusCode(404);
    }

    @Test
    void filtersByTopicAndRegion() {
        api(TestTokens.partnerKalbe()).queryParam("topic", "BUILDING_LAW").queryParam("size", 100).when().get("/api/v1/coaches")
                .then().statusCode(200)
                .body("items.name", hasItem("Bernd Bau (Demo)"))
                .body("items.name", not(hasItem("Clara Coach (Demo)")))
                .body("items.topics", everyItem(hasItem("BUILDING_LAW")));
        api(TestTokens.partnerKalbe()).queryParam("topic", "FINANCING").queryParam("region", "BB").queryParam("size", 100)
                .when().get("/api/v1/coaches")
                .then().statusCode(200)
                .body("items.name", hasItem("Fritz Förder (Demo)"))
                .body("items.name", not(hasItem("Clara Coach (Demo)")))
                .body("items.regions", everyItem(hasItem("BB")));
    }

    @Test
    void unknownRegionIsRefusedNamingTheParameter() {
        invalidRequest(TestTokens.partnerKalbe()).queryParam("region", "XX").when().get("/api/v1/coaches")
                .then().statusCode(400).body("violations.field", hasItem("region"));
    }

    @Test
    void coordinatorCreatesCoachWithLocationAndETag() {
        String subject = newSubject();
        String location = api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(coachInput("Nora Neu (Test)", subject, "MARKETING", "FINANCING"))
                .when().post("/api/v1/coaches")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Nora Neu (Test)"))
                .body("subject", equalTo(subject))
                .body("contact.email", equalTo("test-coach@example.org"))
                .extract().header("Location");
        String id = api(TestTokens.coordinator()).when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("topics", equalTo(List.of("MARKETING", "FINANCING")))
                .body("regions", equalTo(List.of("SN")))
                .extract().path("id");
        assertThat(location, endsWith("/api/v1/coaches/" + id));
    }

    @Test
    void onlyStaffCreateCoaches() {
        for (String token : List.of(TestTokens.partnerKalbe(), clara(), TestTokens.advisorSaxony())) {
            api(token).contentType(ContentType.JSON).body(coachInput("Niemand", null, "MARKETING"))
                    .when().post("/api/v1/coaches").then().statusCode(403);
        }
    }

    @Test
    void invalidProfileIsRefusedNamingEachField() {
        Map<String, Object> input = coachInput(" ", null, "MARKETING");
        input.put("bio", "x".repeat(2001));
        input.put("email", "not-an-email");
        input.put("topics", List.of());
        input.put("languages", List.of("deu"));
        invalidRequest(TestTokens.coordinator()).body(input).when().post("/api/v1/coaches")
                .then().statusCode(400)
                .body("violations.field", hasItems("name", "bio", "email", "topics", "languages[0].<list element>"));
    }

    @Test
    void unknownTopicIsRefusedNamingTopics() {
        api(TestTokens.coordinator()).contentType(ContentType.JSON).body(coachInput("Astrid Astro (Test)", null, "ASTROLOGY"))
                .when().post("/api/v1/coaches")
                .then().statusCode(400).body("violations.field", hasItem("topics"));
    }

    @Test
    void unknownLanguageCodeIsRefusedNamingLanguages() {
        Map<String, Object> input = coachInput("Lina Lingua (Test)", null, "MARKETING");
        input.put("languages", List.of("de", "qq"));
        api(TestTokens.coordinator()).contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/coaches")
                .then().statusCode(400).body("violations.field", hasItem("languages"));
    }

    @Test
    void unknownRegionInBodyIsRefused() {
        Map<String, Object> input = coachInput("Rolf Region (Test)", null, "MARKETING");
        input.put("regions", List.of("XX"));
        invalidRequest(TestTokens.coordinator()).body(input).when().post("/api/v1/coaches")
                .then().statusCode(400).body("violations[0].field", equalTo("regions[0]"));
    }

    @Test
    void secondProfileForTheSameUserIsConflict() {
        String subject = newSubject();
        createCoach(subject, "MARKETING");
        api(TestTokens.coordinator()).contentType(ContentType.JSON).body(coachInput("Doppelt (Test)", subject, "MARKETING"))
                .when().post("/api/v1/coaches").then().statusCode(409);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String subject = newSubject();
        String id = createCoach(subject, "MARKETING");
        Map<String, Object> input = coachInput("Umbenannt (Test)", subject, "MARKETING", "FINANCING");
        invalidRequest(TestTokens.coordinator()).body(input).when().put("/api/v1/coaches/" + id)
                .then().statusCode(428);
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(input)
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(412);
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input)
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Umbenannt (Test)"))
                .body("topics", equalTo(List.of("MARKETING", "FINANCING")));
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input)
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(412);
    }

    @Test
    void coachUpdatesItsOwnProfile() {
        String subject = newSubject();
        String id = createCoach(subject, "MARKETING");
        String etag = api(coachToken(subject)).when().get("/api/v1/coaches/me").then().statusCode(200).extract().header("ETag");
        Map<String, Object> input = coachInput("Selbst Geändert (Test)", subject, "MARKETING");
        input.put("phone", "+49 351 111111");
        api(coachToken(subject)).contentType(ContentType.JSON).header("If-Match", etag).body(input)
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Selbst Geändert (Test)"))
                .body("contact.phone", equalTo("+49 351 111111"));
    }

    @Test
    void coachCannotChangeAnotherCoachsProfile() {
        String subject = newSubject();
        String id = createCoach(subject, "MARKETING");
        api(clara()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(coachInput("Übernommen", subject, "MARKETING"))
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(403);
        api(TestTokens.partnerKalbe()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(coachInput("Übernommen", subject, "MARKETING"))
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(403);
    }

    @Test
    void coachCannotLinkItsProfileToAnotherUser() {
        String subject = newSubject();
        String id = createCoach(subject, "MARKETING");
        api(coachToken(subject)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(coachInput("Test", newSubject(), "MARKETING"))
                .when().put("/api/v1/coaches/" + id)
                .then().statusCode(403)
                .body("violations.field", hasItem("subject"));
    }

    @Test
    void unknownCoachIsNotFound() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/coaches/" + UUID.randomUUID()).then().statusCode(404);
    }
}
