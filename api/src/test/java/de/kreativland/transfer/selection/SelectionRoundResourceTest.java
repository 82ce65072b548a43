package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelectionRoundResourceTest extends SelectionApiTest {

    @Test
    void coordinatorOpensARoundAndAddsACandidateWhoGetsTheCandidateRole() {
        UUID organisation = data.organisation("Kunsthof");
        ExtractableResponse<Response> created = api(coordinator()).contentType("application/json")
                .body(Map.of("name", "Auswahlrunde Test", "description", "Zum Testen"))
                .when().post("/api/v1/selection-rounds")
                .then().statusCode(201)
                .body("status", equalTo("OPEN")).body("candidates", empty())
                .extract();
        String roundId = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/selection-rounds/" + roundId), created.header("Location"));

        api(coordinator()).when().get(created.header("Location")).then().statusCode(200).body("name", equalTo("Auswahlrunde Test"));

        ExtractableResponse<Response> candidate = api(coordinator()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString()))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId)
                .then().statusCode(201)
                .extract();
        String candidateId = candidate.path("id");
        assertTrue(candidate.header("Location").endsWith("/api/v1/selection-rounds/" + roundId + "/candidates/" + candidateId));
        assertEquals("CANDIDATE", data.programmeRole(organisation));

        api(coach()).when().get(candidate.header("Location")).then().statusCode(200)
                .body("id", equalTo(candidateId))
                .body("organisation.id", equalTo(organisation.toString()))
                .body("organisation.town", equalTo("Prüfstadt"))
                .body("organisation.state", equalTo("TH"))
                .body("weightedScore", nullValue()).body("rank", nullValue())
                .body("criteriaScored", equalTo(0)).body("jurorCount", equalTo(0))
                .body("decision", nullValue());
        api(coach()).when().get("/api/v1/selection-rounds/{round}", roundId)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("candidates.id", contains(candidateId));
    }

    @Test
    void anOrganisationIsACandidateOnlyOncePerRound() {
        UUID organisation = data.organisation("Doppelt");
        String roundId = openRound("Runde Doppelt");
        addCandidate(roundId, organisation);
        api(coordinator()).contentType("application/json").body(Map.of("organisationId", organisation.toString()))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId)
                .then().statusCode(409);
    }

    @Test
    void unknownOrganisationIsRefusedNamingTheField() {
        String roundId = openRound("Runde Unbekannt");
        api(coordinator()).contentType("application/json").body(Map.of("organisationId", UUID.randomUUID().toString()))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId)
                .then().statusCode(400).body("violations.field", contains("organisationId"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of())
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId)
                .then().statusCode(400).body("violations.field", hasItem("organisationId"));
    }

    @Test
    void unknownRoundsAndCandidatesAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        String roundId = openRound("Runde 404");
        api(coach()).when().get("/api/v1/selection-rounds/{round}", unknown).then().statusCode(404);
        api(coordinator()).contentType("application/json").body(Map.of("organisationId", KALBE))
                .when().post("/api/v1/selection-rounds/{round}/candidates", unknown).then().statusCode(404);
        api(coach()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, unknown).then().statusCode(404);
        decide(coordinator(), roundId, unknown, "SELECTED").statusCode(404);
        api(coach()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, unknown)
                .then().statusCode(404);
        api(coach()).contentType("application/json").body(Map.of("score", 3, "evidence", "Gut"))
                .when().put(assessmentPath(roundId, unknown, criteria().get("EXPERIENCE")))
                .then().statusCode(404);
    }

    @Test
    void aCandidateOfAnotherRoundIsNotFoundUnderThisRound() {
        String roundA = openRound("Runde A");
        String roundB = openRound("Runde B");
        String candidate = addCandidate(roundA, data.organisation("Runde-A-Verein"));
        api(coach()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundB, candidate).then().statusCode(404);
        decide(coordinator(), roundB, candidate, "REJECTED").statusCode(404);
    }

    @Test
    void coachesReadRoundsButNeitherOpenNorDecide() {
        String roundId = openRound("Runde Coach");
        String candidate = addCandidate(roundId, data.organisation("Coachverein"));
        api(coach()).when().get("/api/v1/selection-rounds").then().statusCode(200);
        api(coach()).contentType("application/json").body(Map.of("name", "Coachrunde")).when().post("/api/v1/selection-rounds")
                .then().statusCode(403);
        api(coach()).contentType("application/json").body(Map.of("organisationId", KALBE))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId).then().statusCode(403);
        decide(coach(), roundId, candidate, "SELECTED").statusCode(403);
    }

    @Test
    void partnersAdvisorsAndAnonymousCannotSeeRoundsOrDecide() {
        String roundId = openRound("Runde Rollen");
        String candidate = addCandidate(roundId, data.organisation("Rollenverein"));
        api(TestTokens.partnerKalbe()).when().get("/api/v1/selection-rounds").then().statusCode(403);
        api(TestTokens.partnerKalbe()).when().get("/api/v1/selection-rounds/{round}", roundId).then().statusCode(403);
        api(TestTokens.advisorSaxony()).when().get("/api/v1/selection-rounds").then().statusCode(403);
        decide(TestTokens.partnerKalbe(), roundId, candidate, "SELECTED").statusCode(403);
        decide(TestTokens.advisorSaxony(), roundId, candidate, "SELECTED").statusCode(403);
        api().when().get("/api/v1/selection-rounds").then().statusCode(401);
        invalidRequest().contentType("application/json").body(Map.of("decision", "SELECTED", "rationale", "Anonym"))
                .when().post("/api/v1/selection-rounds/{round}/candidates/{candidate}/decision", roundId, candidate)
                .then().statusCode(401);
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, candidate)
                .then().statusCode(200).body("decision", nullValue());
    }

    @Test
    void selectingMakesTheOrganisationABestPracticePartner() {
        UUID organisation = data.organisation("Ausgewählt");
        String roundId = openRound("Runde Auswahl");
        String candidate = addCandidate(roundId, organisation);
        long versionBefore = data.organisationVersion(organisation);

        decide(coordinator(), roundId, candidate, "SELECTED").statusCode(200)
                .body("decision", equalTo("SELECTED"))
                .body("rationale", equalTo("Weil es so entschieden wurde"))
                .body("decidedBy", equalTo("Konrad Koordinator (Demo)"))
                .body("decidedAt", notNullValue());

        assertEquals("BEST_PRACTICE", data.programmeRole(organisation));
        assertEquals(versionBefore + 1, data.organisationVersion(organisation));
        assertEquals(2, data.auditEntries("organisation", organisation, "programme_role"), "CANDIDATE, then BEST_PRACTICE");
        assertEquals(1, data.auditEntries("selection_candidate", candidate, "decide"));
        api().queryParam("size", 100).when().get("/api/v1/partners").then().statusCode(200)
                .body("items.find { it.id == '" + organisation + "' }.programmeRole", equalTo("BEST_PRACTICE"));
        api(coordinator()).when().get("/api/v1/organisations/{id}/assessments", organisation).then().statusCode(200)
                .body("candidacies[0].round.id", equalTo(roundId))
                .body("candidacies[0].decision", equalTo("SELECTED"))
                .body("candidacies[0].rationale", equalTo("Weil es so entschieden wurde"));
    }

    @Test
    void rejectingKeepsTheCandidateRoleAndAnOrganisationWithARoleKeepsIt() {
        UUID rejected = data.organisation("Abgelehnt");
        String roundId = openRound("Runde Ablehnung");
        decide(coordinator(), roundId, addCandidate(roundId, rejected), "REJECTED").statusCode(200).body("decision", equalTo("REJECTED"));
        assertEquals("CANDIDATE", data.programmeRole(rejected));

        addCandidate(roundId, UUID.fromString(KALBE));
        assertEquals("BEST_PRACTICE", data.programmeRole(UUID.fromString(KALBE)));
    }

    @Test
    void aDecisionNeedsAValidDecisionAndARationale() {
        String roundId = openRound("Runde Begründung");
        String candidate = addCandidate(roundId, data.organisation("Begründet"));
        String path = "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidate + "/decision";
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("decision", "SELECTED"))
                .when().post(path).then().statusCode(400).body("violations.field", contains("rationale"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("decision", "SELECTED", "rationale", "  "))
                .when().post(path).then().statusCode(400).body("violations.field", contains("rationale"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("decision", "SELECTED", "rationale", "x".repeat(2001)))
                .when().post(path).then().statusCode(400).body("violations.field", contains("rationale"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("decision", "MAYBE", "rationale", "Vielleicht"))
                .when().post(path).then().statusCode(400);
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("rationale", "Ohne Entscheidung"))
                .when().post(path).then().statusCode(400).body("violations.field", contains("decision"));
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, candidate)
                .then().statusCode(200).body("decision", nullValue());
    }

    @Test
    void aDecisionCanBeRevisedWhileTheRoundIsOpenAndEveryDecisionStaysOnTheProfile() {
        UUID organisation = data.organisation("Warteliste");
        String roundId = openRound("Runde Warteliste");
        String candidate = addCandidate(roundId, organisation);
        decide(coordinator(), roundId, candidate, "WAITLISTED").statusCode(200).body("decision", equalTo("WAITLISTED"));
        assertEquals("CANDIDATE", data.programmeRole(organisation));
        decide(coordinator(), roundId, candidate, "WAITLISTED").statusCode(409)
                .body("allowedTransitions", contains("SELECTED", "REJECTED"));
        decide(admin(), roundId, candidate, "SELECTED").statusCode(200).body("decision", equalTo("SELECTED"));
        assertEquals("BEST_PRACTICE", data.programmeRole(organisation));
        decide(coordinator(), roundId, candidate, "REJECTED").statusCode(200).body("decision", equalTo("REJECTED"));
        assertEquals("CANDIDATE", data.programmeRole(organisation), "a revised selection takes the best-practice role back");
        api(coordinator()).when().get("/api/v1/organisations/{id}/assessments", organisation).then().statusCode(200)
                .body("candidacies[0].decision", equalTo("REJECTED"))
                .body("candidacies[0].decisions.decision", contains("WAITLISTED", "SELECTED", "REJECTED"))
                .body("candidacies[0].decisions.decidedBy", contains("Konrad Koordinator (Demo)", "Ada Admin (Demo)", "Konrad Koordinator (Demo)"))
                .body("candidacies[0].decisions.rationale", everyItem(equalTo("Weil es so entschieden wurde")));

        String closed = addCandidate(roundId, data.organisation("Endgültig abgelehnt"));
        decide(coordinator(), roundId, closed, "REJECTED").statusCode(200);
        String etag = api(coordinator()).when().get("/api/v1/selection-rounds/" + roundId).then().extract().header("ETag");
        api(coordinator()).contentType("application/json").header("If-Match", etag).body(Map.of("name", "Runde Warteliste", "status", "CLOSED"))
                .when().put("/api/v1/selection-rounds/" + roundId).then().statusCode(200);
        decide(coordinator(), roundId, closed, "SELECTED").statusCode(409).body("detail", org.hamcrest.Matchers.containsString("CLOSED"));
    }

    @Test
    void anIncompletelyScoredCandidateIsDecidedOnlyWithAReason() {
        String roundId = openRound("Runde Unvollständig");
        String candidate = addCandidate(roundId, data.organisation("Halb bewertet"));
        String path = "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidate + "/decision";
        api(coordinator()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("decision", "SELECTED", "rationale", "Sehr überzeugend"))
                .when().post(path).then().statusCode(400)
                .body("violations.field", contains("incompleteScoringReason"))
                .body("detail", org.hamcrest.Matchers.containsString("in 0 von"));
        api(coordinator()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("decision", "SELECTED", "rationale", "Sehr überzeugend", "incompleteScoringReason", "Die Jury tagt nicht mehr"))
                .when().post(path).then().statusCode(200).body("incompleteScoringReason", equalTo("Die Jury tagt nicht mehr"))
                .body("complete", equalTo(false));
    }

    @Test
    void aClosedRoundTakesNoCandidatesScoresOrDecisionsUntilReopened() {
        String roundId = openRound("Runde Schluss");
        String candidate = addCandidate(roundId, data.organisation("Spät dran"));
        String etag = api(coordinator()).when().get("/api/v1/selection-rounds/{round}", roundId)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> close = Map.of("name", "Runde Schluss", "status", "CLOSED");

        invalidRequest(coordinator()).contentType("application/json").body(close).when().put("/api/v1/selection-rounds/{round}", roundId)
                .then().statusCode(428);
        api(coordinator()).contentType("application/json").header("If-Match", "\"41\"").body(close)
                .when().put("/api/v1/selection-rounds/{round}", roundId)
                .then().statusCode(412);
        String closedEtag = api(coordinator()).contentType("application/json").header("If-Match", etag).body(close)
                .when().put("/api/v1/selection-rounds/{round}", roundId)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("candidates", hasSize(1))
                .extract().header("ETag");

        api(coordinator()).contentType("application/json").body(Map.of("organisationId", data.organisation("Zu spät").toString()))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId).then().statusCode(409);
        api(coach()).contentType("application/json").body(Map.of("score", 3, "evidence", "Gut"))
                .when().put(assessmentPath(roundId, candidate, criteria().get("EXPERIENCE"))).then().statusCode(409);
        decide(coordinator(), roundId, candidate, "SELECTED").statusCode(409);

        api(coordinator()).contentType("application/json").header("If-Match", closedEtag)
                .body(Map.of("name", "Runde Schluss", "status", "OPEN"))
                .when().put("/api/v1/selection-rounds/{round}", roundId).then().statusCode(200).body("status", equalTo("OPEN"));
        score(coach(), roundId, candidate, criteria().get("EXPERIENCE"), 3);
    }

    @Test
    void roundsAreListedNewestFirstAndFilteredByStatus() {
        String newest = openRound("Runde Neueste");
        api(coach()).queryParam("size", 100).when().get("/api/v1/selection-rounds")
                .then().statusCode(200)
                .body("items[0].id", equalTo(newest))
                .body("items.id", hasItem(DEMO_ROUND_2026));
        api(coach()).queryParam("status", "CLOSED").queryParam("size", 100).when().get("/api/v1/selection-rounds")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("CLOSED")))
                .body("items.find { it.id == '" + DEMO_ROUND_2020 + "' }.name", equalTo("Auswahlrunde 2020"))
                .body("items.find { it.id == '" + DEMO_ROUND_2020 + "' }.candidateCount", equalTo(6))
                .body("items.find { it.id == '" + DEMO_ROUND_2020 + "' }.decidedCount", equalTo(6));
        invalidRequest(coach()).queryParam("size", 0).when().get("/api/v1/selection-rounds")
                .then().statusCode(400).body("violations.field", hasItem("size"));
        invalidRequest(coach()).queryParam("status", "DRAFT").when().get("/api/v1/selection-rounds")
                .then().statusCode(400).body("violations.field", contains("status"));
    }

    @Test
    void theDemoRoundOf2020HoldsTheSixSelectedPartners() {
        api(coach()).when().get("/api/v1/selection-rounds/{round}", DEMO_ROUND_2020)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("candidates", hasSize(6))
                .body("candidates.decision", everyItem(equalTo("SELECTED")))
                .body("candidates.organisation.name", hasItem("Haldern Pop"));
    }

    @Test
    void invalidRoundIsRefusedNamingTheField() {
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("name", "", "description", "x".repeat(2001)))
                .when().post("/api/v1/selection-rounds")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("name", "description"));
    }

    @Test
    void aDecisionTakenMeanwhileIsNotOverwritten() {
        String roundId = openRound("Runde Gleichzeitig");
        String candidate = addCandidate(roundId, data.organisation("Gleichzeitig"));
        String path = "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidate;
        long read = api(coordinator()).when().get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        decide(TestTokens.admin(), roundId, candidate, "WAITLISTED").statusCode(200);

        api(coordinator()).contentType("application/json").header("If-Match", "\"" + read + "\"")
                .body(Map.of("decision", "REJECTED", "rationale", "Ohne die Warteliste gesehen zu haben"))
                .when().post(path + "/decision").then().statusCode(412);
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("decision", "REJECTED", "rationale", "Ohne Version"))
                .when().post(path + "/decision").then().statusCode(428);
        api(coordinator()).when().get(path).then().statusCode(200).body("decision", equalTo("WAITLISTED"));
    }
}
