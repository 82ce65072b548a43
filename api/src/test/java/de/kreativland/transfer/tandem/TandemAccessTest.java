package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TandemAccessTest extends TandemApiTest {

    @Test
    void memberOfAnUnrelatedOrganisationCannotSeeTheTandemOrItsActivities() {
        String id = active();
        String activity = logActivity(ownerPartner(), id, "MEETING", LocalDate.now(TandemService.BERLIN).minusDays(3)).statusCode(201).extract().path("id");
        String milestone = (String) milestones(ownerPartner(), id).get(0).get("id");

        api(unrelatedPartner()).when().get(TANDEMS + "/{id}", id).then().statusCode(404);
        api(unrelatedPartner()).when().get(TANDEMS + "/{id}/activities", id).then().statusCode(404);
        api(unrelatedPartner()).when().get(TANDEMS + "/{id}/activities/{aid}", id, activity).then().statusCode(404);
        api(unrelatedPartner()).when().get(TANDEMS + "/{id}/milestones", id).then().statusCode(404);
        api(unrelatedPartner()).when().get(TANDEMS + "/{id}/transitions", id).then().statusCode(404);
        logActivity(unrelatedPartner(), id, "CALL", LocalDate.now(TandemService.BERLIN)).statusCode(404);
        updateMilestoneBlind(unrelatedPartner(), id, milestone).statusCode(404);
        transition(unrelatedPartner(), id, "CANCELLED", "Übernahme").statusCode(404);
        api(unrelatedPartner()).queryParam("size", 100).when().get(TANDEMS).then().statusCode(200).body("items.id", not(hasItem(id)));
        // neither do coaches of other organisations, advisors or the public
        api(otherCoach()).when().get(TANDEMS + "/{id}", id).then().statusCode(404);
        api(otherCoach()).when().get(TANDEMS + "/{id}/activities", id).then().statusCode(404);
        api(TestTokens.advisorSaxony()).when().get(TANDEMS + "/{id}", id).then().statusCode(403);
        api().when().get(TANDEMS + "/{id}", id).then().statusCode(401);
    }

    @Test
    void membersOfBothOrganisationsAndTheAssignedCoachSeeTheTandem() {
        String id = active();
        for (String token : new String[] {ownerPartner(), nearPartner(), coach(), coordinator()}) {
            api(token).when().get(TANDEMS + "/{id}", id).then().statusCode(200);
            api(token).queryParam("organisationId", owner.toString()).when().get(TANDEMS).then().statusCode(200).body("items.id", contains(id));
        }
        api(nearPartner()).queryParam("status", "ACTIVE").when().get(TANDEMS).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].tandemOrganisation.name", containsString("Kinoverein"));
        api(unrelatedPartner()).when().get(TANDEMS).then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        invalidRequest(coordinator()).queryParam("status", "RUNNING").when().get(TANDEMS).then().statusCode(400)
                .body("violations.field", everyItem(containsString("status")));
        invalidRequest(coordinator()).queryParam("organisationId", "kiel").when().get(TANDEMS).then().statusCode(400)
                .body("violations.field", everyItem(containsString("organisationId")));
    }

    @Test
    void membersLogActivitiesThatEveryReaderSees() {
        String id = active();
        logActivity(nearPartner(), id, "VISIT", LocalDate.now(TandemService.BERLIN).minusDays(10)).statusCode(201)
                .header("Location", containsString(TANDEMS + "/" + id + "/activities/"))
                .body("type", equalTo("VISIT")).body("createdByName", equalTo("Tom Tandem (Test)"));
        logActivity(ownerPartner(), id, "WORKSHOP", LocalDate.now(TandemService.BERLIN).minusDays(2)).statusCode(201);
        logActivity(coordinator(), id, "CALL", LocalDate.now(TandemService.BERLIN)).statusCode(201);
        logActivity(coach(), id, "MEETING", LocalDate.now(TandemService.BERLIN)).statusCode(403);
        logActivity(ownerPartner(), id, "MEETING", LocalDate.now(TandemService.BERLIN).plusDays(30)).statusCode(400).body("violations.field", contains("heldOn"));
        invalidRequest(ownerPartner()).contentType("application/json")
                .body(Map.of("type", "PARTY", "heldOn", LocalDate.now(TandemService.BERLIN).toString(), "participants", "alle"))
                .when().post(TANDEMS + "/{id}/activities", id).then().statusCode(400).body("violations.field", contains("type"));
        invalidRequest(ownerPartner()).contentType("application/json").body(Map.of("type", "CALL", "heldOn", LocalDate.now(TandemService.BERLIN).toString(), "participants", " "))
                .when().post(TANDEMS + "/{id}/activities", id).then().statusCode(400).body("violations.field", contains("participants"));
        api(coach()).when().get(TANDEMS + "/{id}/activities", id).then().statusCode(200)
                .body("items.type", contains("CALL", "WORKSHOP", "VISIT")).body("totalItems", equalTo(3));
        api(ownerPartner()).queryParam("type", "VISIT").when().get(TANDEMS + "/{id}/activities", id).then().statusCode(200)
                .body("items.type", contains("VISIT"));
        invalidRequest(ownerPartner()).queryParam("type", "PARTY").when().get(TANDEMS + "/{id}/activities", id).then().statusCode(400)
                .body("violations.field", everyItem(containsString("type")));
        transition(coordinator(), id, "COMPLETED", null).statusCode(200);
        logActivity(ownerPartner(), id, "MEETING", LocalDate.now(TandemService.BERLIN)).statusCode(409);
    }

    private static io.restassured.response.ValidatableResponse logActivity(String token, String id, String type, LocalDate heldOn) {
        return api(token).contentType("application/json")
                .body(Map.of("type", type, "heldOn", heldOn.toString(), "participants", "Bea Bestpraxis, Tom Tandem",
                        "notes", "Besprochen: nächste Schritte"))
                .when().post(TANDEMS + "/{id}/activities", id).then();
    }

    private static io.restassured.response.ValidatableResponse updateMilestoneBlind(String token, String id, String milestoneId) {
        return api(token).contentType("application/json").header("If-Match", "\"0\"").body(Map.of("status", "DONE"))
                .when().put(TANDEMS + "/{id}/milestones/{mid}", id, milestoneId).then();
    }
}
