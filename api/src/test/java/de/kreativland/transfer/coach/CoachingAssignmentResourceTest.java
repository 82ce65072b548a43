package de.kreativland.transfer.coach;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachingAssignmentResourceTest extends CoachingTest {

    @Test
    void coordinatorAssignsCoachWithLocationAndNoHoursUsed() {
        String coachId = createCoach(newSubject(), "FINANCING");
        String organisationId = newOrganisation("Netzwerk Erzgebirge (Test)");
        String location = api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", coachId, "organisationId", organisationId, "topic", "FINANCING", "hourBudget", 12.5))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("coach.id", equalTo(coachId))
                .body("organisation.name", equalTo("Netzwerk Erzgebirge (Test)"))
                .body("organisation.town", equalTo("Annaberg-Buchholz"))
                .body("organisation.state", equalTo("SN"))
                .body("topic", equalTo("FINANCING"))
                .body("hourBudget", equalTo(12.5f))
                .body("hoursUsed", equalTo(0.0f))
                .body("hoursRemaining", equalTo(12.5f))
                .body("overBudget", equalTo(false))
                .extract().header("Location");
        String id = api(TestTokens.coordinator()).when().get(location)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().path("id");
        assertThat(location, endsWith("/api/v1/coaching-assignments/" + id));
    }

    @Test
    void sameCoachOrganisationAndTopicTwiceIsConflict() {
        String coachId = createCoach(newSubject(), "MARKETING");
        String organisationId = newOrganisation("Doppelt (Test)");
        assign(coachId, organisationId, "MARKETING", "5");
        api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", coachId, "organisationId", organisationId, "topic", "MARKETING", "hourBudget", 3))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(409);
    }

    @Test
    void topicMustBeOneOfTheCoachsTopics() {
        String coachId = createCoach(newSubject(), "MARKETING");
        api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", coachId, "organisationId", KALBE, "topic", "BUILDING_LAW", "hourBudget", 3))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(400).body("violations.field", hasItem("topic"));
    }

    @Test
    void invalidAssignmentIsRefusedNamingEachField() {
        Map<String, Object> input = new HashMap<>();
        input.put("organisationId", KALBE);
        input.put("topic", "marketing");
        input.put("hourBudget", 0);
        invalidRequest(TestTokens.coordinator()).body(input).when().post("/api/v1/coaching-assignments")
                .then().statusCode(400)
                .body("violations.field", hasItems("coachId", "topic", "hourBudget"));
        input.put("coachId", CLARA);
        input.put("topic", "FINANCING");
        input.put("hourBudget", 10000);
        invalidRequest(TestTokens.coordinator()).body(input).when().post("/api/v1/coaching-assignments")
                .then().statusCode(400)
                .body("violations.field", everyItem(equalTo("hourBudget")));
    }

    @Test
    void unknownCoachOrOrganisationIsRefusedNamingTheField() {
        api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", UUID.randomUUID().toString(), "organisationId", KALBE, "topic", "FINANCING", "hourBudget", 3))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(400).body("violations.field", hasItem("coachId"));
        api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", CLARA, "organisationId", UUID.randomUUID().toString(), "topic", "FINANCING", "hourBudget", 3))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(400).body("violations.field", hasItem("organisationId"));
    }

    @Test
    void onlyStaffAssignCoaches() {
        for (String token : List.of(clara(), TestTokens.partnerKalbe())) {
            api(token).contentType(ContentType.JSON)
                    .body(Map.of("coachId", CLARA, "organisationId", HALDERN, "topic", "FINANCING", "hourBudget", 3))
                    .when().post("/api/v1/coaching-assignments")
                    .then().statusCode(403);
        }
    }

    @Test
    void coachSeesOnlyItsOwnAssignments() {
        api(clara()).queryParam("size", 100).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200)
                .body("items.coach.id", everyItem(equalTo(CLARA)))
                .body("items.organisation.id", hasItems(KALBE, FICHTELGEBIRGE))
                .body("items.organisation.id", not(hasItem(HALDERN)));
        api(clara()).queryParam("organisationId", HALDERN).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200).body("totalItems", equalTo(0));
        api(clara()).when().get("/api/v1/coaching-assignments/" + MARA_HALDERN_MARKETING).then().statusCode(404);
    }

    @Test
    void membersSeeOnlyTheirOrganisationsAssignments() {
        api(TestTokens.partnerKalbe()).queryParam("size", 100).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200)
                .body("items.organisation.id", everyItem(equalTo(KALBE)))
                .body("items.coach.name", hasItems("Clara Coach (Demo)", "Bernd Bau (Demo)"));
        api(TestTokens.partnerKalbe()).queryParam("organisationId", HALDERN).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200).body("items", hasSize(0));
        api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/coaching-assignments/" + CLARA_KALBE_ORGANISATION_DEVELOPMENT)
                .then().statusCode(404);
    }

    @Test
    void staffFilterAssignmentsByCoachAndOrganisation() {
        api(TestTokens.coordinator()).queryParam("organisationId", HALDERN).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200)
                .body("items.coach.name", hasItem("Mara Markt (Demo)"))
                .body("items.organisation.id", everyItem(equalTo(HALDERN)));
        api(TestTokens.admin()).queryParam("coachId", CLARA).queryParam("organisationId", KALBE).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200)
                .body("items.topic", hasItems("ORGANISATION_DEVELOPMENT", "FINANCING"))
                .body("items.coach.id", everyItem(equalTo(CLARA)));
    }

    @Test
    void demoAssignmentCountsTheDemoSessions() {
        api(TestTokens.coordinator()).when().get("/api/v1/coaching-assignments/" + CLARA_KALBE_ORGANISATION_DEVELOPMENT)
                .then().statusCode(200)
                .body("hourBudget", equalTo(20.0f))
                .body("hoursUsed", equalTo(4.5f))
                .body("hoursRemaining", equalTo(15.5f));
    }

    @Test
    void advisorsAndAnonymousCannotListAssignments() {
        api(TestTokens.advisorSaxony()).when().get("/api/v1/coaching-assignments").then().statusCode(403);
        api().when().get("/api/v1/coaching-assignments").then().statusCode(401);
    }

    @Test
    void invalidCoachIdFilterIsRefused() {
        invalidRequest(TestTokens.coordinator()).queryParam("coachId", "not-a-uuid").when().get("/api/v1/coaching-assignments")
                .then().statusCode(400).body("violations.field", hasItem("coachId"));
    }

    @Test
    void changingTheBudgetNeedsTheCurrentETag() {
        String coachId = createCoach(newSubject(), "MARKETING");
        String id = assign(coachId, newOrganisation("Budget (Test)"), "MARKETING", "10");
        invalidRequest(TestTokens.coordinator()).body(Map.of("hourBudget", 12)).when().put("/api/v1/coaching-assignments/" + id)
                .then().statusCode(428);
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("hourBudget", 12))
                .when().put("/api/v1/coaching-assignments/" + id)
                .then().statusCode(412);
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("hourBudget", new BigDecimal("12.25")))
                .when().put("/api/v1/coaching-assignments/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("hourBudget", equalTo(12.25f))
                .body("hoursRemaining", equalTo(12.25f));
        api(clara()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("hourBudget", 99))
                .when().put("/api/v1/coaching-assignments/" + id)
                .then().statusCode(403);
    }
}
