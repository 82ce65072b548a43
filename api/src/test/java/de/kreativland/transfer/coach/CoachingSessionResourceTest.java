package de.kreativland.transfer.coach;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachingSessionResourceTest extends CoachingTest {

    private static String sessions(String assignmentId) {
        return "/api/v1/coaching-assignments/" + assignmentId + "/sessions";
    }

    @Test
    void sessionHoursAddUpAgainstTheBudgetAndAnOverrunIsFlagged() {
        String subject = newSubject();
        String assignmentId = assign(createCoach(subject, "FINANCING"), newOrganisation("Stundenkonto (Test)"), "FINANCING", "3");
        logSession(coachToken(subject), assignmentId, "2024-03-01", 90);
        logSession(coachToken(subject), assignmentId, "2024-03-15", 45);
        api(coachToken(subject)).when().get("/api/v1/coaching-assignments/" + assignmentId)
                .then().statusCode(200)
                .body("hourBudget", equalTo(3.0f))
                .body("hoursUsed", equalTo(2.25f))
                .body("hoursRemaining", equalTo(0.75f))
                .body("overBudget", equalTo(false));

        Map<String, Object> over = new HashMap<>(Map.of("heldOn", "2024-04-02", "durationMinutes", 60, "format", "VIDEO"));
        api(coachToken(subject)).contentType(ContentType.JSON).header("Accept-Language", "en").body(over).when().post(sessions(assignmentId))
                .then().statusCode(409).body("rule", equalTo("over-budget"))
                .body("violations.field", contains("overBudgetReason"))
                .body("detail", org.hamcrest.Matchers.containsString("0.75 h left"));
        over.put("overBudgetReason", "Förderantrag musste vor der Frist fertig werden");
        api(coachToken(subject)).contentType(ContentType.JSON).body(over).when().post(sessions(assignmentId))
                .then().statusCode(201).body("overBudgetReason", equalTo("Förderantrag musste vor der Frist fertig werden"));
        api(coachToken(subject)).when().get("/api/v1/coaching-assignments/" + assignmentId)
                .then().statusCode(200)
                .body("hoursUsed", equalTo(3.25f))
                .body("hoursRemaining", equalTo(-0.25f))
                .body("hoursOver", equalTo(0.25f))
                .body("overBudget", equalTo(true));
    }

    @Test
    void coachesCorrectAndDeleteTheirOwnSessionsWhileThePeriodIsWritable() {
        String subject = newSubject();
        String assignmentId = assign(createCoach(subject, "FINANCING"), newOrganisation("Korrektur (Test)"), "FINANCING", "10");
        String session = logSession(coachToken(subject), assignmentId, "2024-02-05", 600);
        String path = sessions(assignmentId) + "/" + session;
        String other = newSubject();
        createCoach(other, "FINANCING");
        Map<String, Object> fixed = new HashMap<>(Map.of("heldOn", "2024-02-05", "durationMinutes", 60, "format", "VIDEO"));
        api(coachToken(other)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fixed).when().put(path).then().statusCode(404);
        invalidRequest().header("Authorization", TestTokens.bearer(coachToken(subject))).contentType(ContentType.JSON).body(fixed)
                .when().put(path).then().statusCode(428);
        api(coachToken(subject)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fixed).when().put(path)
                .then().statusCode(200).body("durationMinutes", equalTo(60)).header("ETag", equalTo("\"1\""));
        api(coachToken(subject)).when().get("/api/v1/coaching-assignments/" + assignmentId).then().body("hoursUsed", equalTo(1.0f));
        api(coachToken(subject)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fixed).when().put(path).then().statusCode(412);

        // a period that is no longer OPEN keeps its sessions as they are
        String period = api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Sitzungen Februar (Test)", "startsOn", "2024-02-01", "endsOn", "2024-02-29"))
                .when().post("/api/v1/reporting-periods").then().statusCode(201).extract().path("id");
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("to", "SUBMITTED"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions").then().statusCode(200);
        try {
            api(coachToken(subject)).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fixed).when().put(path)
                    .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("Sitzungen Februar (Test)"));
            api(coachToken(subject)).header("If-Match", "\"1\"").when().delete(path).then().statusCode(409);
        } finally {
            api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("to", "OPEN"))
                    .when().post("/api/v1/reporting-periods/" + period + "/transitions").then().statusCode(200);
        }
        api(coachToken(subject)).header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        api(coachToken(subject)).when().get(path).then().statusCode(404);
        api(coachToken(subject)).when().get("/api/v1/coaching-assignments/" + assignmentId).then().body("hoursUsed", equalTo(0.0f));
    }

    @Test
    void loggedSessionHasLocationAndTakesTheAssignmentsTopicByDefault() {
        String subject = newSubject();
        String assignmentId = assign(createCoach(subject, "MARKETING", "FINANCING"), newOrganisation("Thema (Test)"), "MARKETING", "5");
        Map<String, Object> input = new HashMap<>();
        input.put("heldOn", "2024-05-06");
        input.put("durationMinutes", 120);
        input.put("format", "ON_SITE");
        input.put("notes", "Zielgruppen besprochen.");
        input.put("nextSteps", "Flyer entwerfen.");
        String location = api(coachToken(subject)).contentType(ContentType.JSON).body(input)
                .when().post(sessions(assignmentId))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("assignmentId", equalTo(assignmentId))
                .body("topic", equalTo("MARKETING"))
                .body("format", equalTo("ON_SITE"))
                .body("heldOn", equalTo("2024-05-06"))
                .extract().header("Location");
        String id = api(coachToken(subject)).when().get(location)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("nextSteps", equalTo("Flyer entwerfen."))
                .extract().path("id");
        assertThat(location, endsWith(sessions(assignmentId) + "/" + id));

        input.put("topic", "FINANCING");
        api(coachToken(subject)).contentType(ContentType.JSON).body(input).when().post(sessions(assignmentId))
                .then().statusCode(201).body("topic", equalTo("FINANCING"));
    }

    @Test
    void coachCannotLogOrReadSessionsOfAnotherCoachsAssignment() {
        String subject = newSubject();
        String otherAssignment = assign(createCoach(subject, "MARKETING"), KALBE, "MARKETING", "4");
        Map<String, Object> input = Map.of("heldOn", "2024-01-10", "durationMinutes", 60, "format", "PHONE");
        api(clara()).contentType(ContentType.JSON).body(input).when().post(sessions(otherAssignment))
                .then().statusCode(404);
        api(clara()).contentType(ContentType.JSON).body(input).when().post(sessions(MARA_HALDERN_MARKETING))
                .then().statusCode(404);
        api(coachToken(subject)).when().get(sessions(CLARA_KALBE_ORGANISATION_DEVELOPMENT))
                .then().statusCode(404);
        api(coachToken(subject)).contentType(ContentType.JSON).body(input).when().post(sessions(CLARA_KALBE_ORGANISATION_DEVELOPMENT))
                .then().statusCode(404);
    }

    @Test
    void membersReadTheirOrganisationsSessionsButDoNotLogThem() {
        String coachSubject = newSubject();
        String organisationId = newOrganisation("Mitglieder (Test)");
        String member = newSubject();
        addMember(member, organisationId);
        String assignmentId = assign(createCoach(coachSubject, "OFFER_DEVELOPMENT"), organisationId, "OFFER_DEVELOPMENT", "6");
        logSession(coachToken(coachSubject), assignmentId, "2024-02-01", 75);

        api(partnerToken(member)).when().get(sessions(assignmentId))
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.notes", contains("Notizen"))
                .body("items.nextSteps", contains("Nächste Schritte"))
                .body("items.durationMinutes", contains(75));
        api(partnerToken(member)).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2024-01-10", "durationMinutes", 60, "format", "PHONE"))
                .when().post(sessions(assignmentId))
                .then().statusCode(403);
    }

    @Test
    void membersOfAnotherOrganisationGetNotFound() {
        api(TestTokens.partnerFichtelgebirge()).when().get(sessions(CLARA_KALBE_ORGANISATION_DEVELOPMENT))
                .then().statusCode(404);
        api(TestTokens.partnerKalbe()).when().get(sessions(CLARA_KALBE_ORGANISATION_DEVELOPMENT))
                .then().statusCode(200)
                .body("items.heldOn", contains("2021-05-10", "2021-03-15"));
    }

    @Test
    void assignedCoachAndStaffReadAndLogSessions() {
        api(clara()).when().get(sessions(CLARA_KALBE_ORGANISATION_DEVELOPMENT))
                .then().statusCode(200).body("items.format", contains("VIDEO", "ON_SITE"));
        String subject = newSubject();
        String assignmentId = assign(createCoach(subject, "BUILDING_LAW"), newOrganisation("Stellvertretung (Test)"), "BUILDING_LAW", "2");
        logSession(TestTokens.coordinator(), assignmentId, "2024-06-01", 30);
        api(coachToken(subject)).when().get(sessions(assignmentId))
                .then().statusCode(200).body("items.durationMinutes", contains(30));
    }

    @Test
    void invalidSessionIsRefusedNamingTheField() {
        String subject = newSubject();
        String assignmentId = assign(createCoach(subject, "MARKETING"), newOrganisation("Eingaben (Test)"), "MARKETING", "5");
        Map<String, Object> input = new HashMap<>();
        input.put("heldOn", "2024-05-06");
        input.put("durationMinutes", 10);
        invalidRequest(coachToken(subject)).body(input).when().post(sessions(assignmentId))
                .then().statusCode(400).body("violations.field", hasItems("durationMinutes", "format"));

        input.put("durationMinutes", 60);
        input.put("format", "VIDEO");
        input.put("heldOn", LocalDate.now(CoachingService.PROGRAMME_ZONE).plusDays(2).toString());
        api(coachToken(subject)).contentType(ContentType.JSON).body(input).when().post(sessions(assignmentId))
                .then().statusCode(400).body("violations.field", hasItem("heldOn"));

        input.put("heldOn", "2024-05-06");
        input.put("topic", "ASTROLOGY");
        api(coachToken(subject)).contentType(ContentType.JSON).body(input).when().post(sessions(assignmentId))
                .then().statusCode(400).body("violations.field", hasItem("topic"));

        input.remove("topic");
        input.put("format", "TELEPATHY");
        invalidRequest(coachToken(subject)).body(input).when().post(sessions(assignmentId))
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
    }
}
