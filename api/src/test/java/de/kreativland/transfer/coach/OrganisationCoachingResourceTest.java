package de.kreativland.transfer.coach;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationCoachingResourceTest extends CoachingTest {

    private static String coaching(String organisationId) {
        return "/api/v1/organisations/" + organisationId + "/coaching";
    }

    @Test
    void coachSeesInternalDataOnlyOfAssignedOrganisations() {
        api(clara()).when().get(coaching(KALBE))
                .then().statusCode(200)
                .body("organisation.name", equalTo("Künstlerstadt Kalbe e.V."))
                .body("topics.topic", hasItems("ORGANISATION_DEVELOPMENT", "FINANCING"));
        api(clara()).when().get(coaching(FICHTELGEBIRGE)).then().statusCode(200);
        api(clara()).when().get(coaching(HALDERN)).then().statusCode(404);
        api(clara()).when().get("/api/v1/coaching-assignments/" + MARA_HALDERN_MARKETING + "/sessions").then().statusCode(404);
    }

    @Test
    void hoursPerTopicAddUpOverTheOrganisationsAssignments() {
        String organisationId = newOrganisation("Themenstunden (Test)");
        String first = newSubject();
        String second = newSubject();
        String firstCoach = createCoach(first, "FINANCING", "MARKETING");
        String firstFinancing = assign(firstCoach, organisationId, "FINANCING", "3");
        String firstMarketing = assign(firstCoach, organisationId, "MARKETING", "2");
        String secondFinancing = assign(createCoach(second, "FINANCING"), organisationId, "FINANCING", "2");
        logSession(coachToken(first), firstFinancing, "2024-03-01", 90);
        logSession(coachToken(first), firstFinancing, "2024-03-08", 45);
        logSession(coachToken(second), secondFinancing, "2024-03-09", 60);
        logSession(coachToken(first), firstMarketing, "2024-03-10", 30);

        api(coachToken(second)).when().get(coaching(organisationId))
                .then().statusCode(200)
                .body("topics.topic", contains("FINANCING", "MARKETING"))
                .body("topics.assignments", contains(2, 1))
                .body("topics.hourBudget", contains(5.0f, 2.0f))
                .body("topics.hoursUsed", contains(3.25f, 0.5f))
                .body("topics.hoursRemaining", contains(1.75f, 1.5f))
                .body("topics.overBudget", contains(false, false))
                .body("hourBudget", equalTo(7.0f))
                .body("hoursUsed", equalTo(3.75f))
                .body("hoursRemaining", equalTo(3.25f));
    }

    @Test
    void membersReadTheirOwnOrganisationsCoachingOnly() {
        api(TestTokens.partnerKalbe()).when().get(coaching(KALBE))
                .then().statusCode(200).body("topics.topic", hasItems("ORGANISATION_DEVELOPMENT", "FINANCING", "BUILDING_LAW"));
        api(TestTokens.partnerKalbe()).when().get(coaching(FICHTELGEBIRGE)).then().statusCode(404);
        api(TestTokens.coordinator()).when().get(coaching(HALDERN))
                .then().statusCode(200).body("topics.topic", hasItems("MARKETING"));
    }

    @Test
    void unknownOrganisationIsNotFound() {
        api(TestTokens.coordinator()).when().get(coaching(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void coachWithoutAssignmentsSeesNoOrganisationsCoaching() {
        String subject = newSubject();
        createCoach(subject, "MARKETING");
        api(coachToken(subject)).when().get(coaching(KALBE)).then().statusCode(404);
        api(coachToken(subject)).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
