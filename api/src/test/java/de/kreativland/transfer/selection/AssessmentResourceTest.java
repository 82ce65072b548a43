package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest extends SelectionApiTest {

    private static Map<String, Object> assessment(Object score, Object evidence) {
        Map<String, Object> body = new HashMap<>();
        if (score != null) {
            body.put("score", score);
        }
        if (evidence != null) {
            body.put("evidence", evidence);
        }
        return body;
    }

    @Test
    void jurorScoresACandidateAndChangesItsScoreOnlyWithTheCurrentETag() {
        String roundId = openRound("Runde Bewertung");
        String candidate = addCandidate(roundId, data.organisation("Bewertet"));
        String experience = criteria().get("EXPERIENCE");
        String path = assessmentPath(roundId, candidate, experience);

        ExtractableResponse<Response> created = api(coach()).contentType("application/json")
                .body(assessment(3, "Seit 2019 aktiv, Jahresberichte liegen vor."))
                .when().put(path)
                .then().statusCode(201)
                .body("jurorName", equalTo("Clara Coach (Demo)"))
                .body("jurorSubject", equalTo(TestTokens.COACH))
                .body("criterion.key", equalTo("EXPERIENCE"))
                .extract();
        assertTrue(created.header("Location").endsWith(path), created.header("Location"));
        String etag = created.header("ETag");
        assertEquals(etag, api(coach()).when().get(path).then().statusCode(200).body("score", equalTo(3)).extract().header("ETag"));

        api(coach()).contentType("application/json").body(assessment(4, "Doch mehr Erfahrung.")).when().put(path)
                .then().statusCode(428);
        api(coach()).contentType("application/json").header("If-Match", "\"7\"").body(assessment(4, "Doch mehr Erfahrung."))
                .when().put(path).then().statusCode(412);
        String updatedEtag = api(coach()).contentType("application/json").header("If-Match", etag)
                .body(assessment(4, "Doch mehr Erfahrung.")).when().put(path)
                .then().statusCode(200).body("score", equalTo(4)).body("evidence", equalTo("Doch mehr Erfahrung."))
                .extract().header("ETag");
        assertNotEquals(etag, updatedEtag);
        assertEquals(1, data.auditEntries("assessment", created.path("id"), "create"));
        assertEquals(1, data.auditEntries("assessment", created.path("id"), "update"));

        api(coordinator()).when().get(path).then().statusCode(404);
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, candidate)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].score", equalTo(4))
                .body("items[0].evidence", equalTo("Doch mehr Erfahrung."));
    }

    @Test
    void aJurorCannotScoreOrReadTheAssessmentsOfItsOwnOrganisation() {
        UUID own = data.organisation("Eigener Verein");
        String roundId = openRound("Runde Befangenheit");
        String ownCandidate = addCandidate(roundId, own);
        String otherCandidate = addCandidate(roundId, data.organisation("Fremder Verein"));
        String coachSubject = UUID.randomUUID().toString();
        String coordinatorSubject = UUID.randomUUID().toString();
        data.membership(coachSubject, own);
        data.membership(coordinatorSubject, own);
        String memberCoach = user(coachSubject, "Mitglied Coach (Test)", "coach");
        String memberCoordinator = user(coordinatorSubject, "Mitglied Koordinatorin (Test)", "coordinator");
        String rural = criteria().get("RURAL_FOCUS");

        api(memberCoach).contentType("application/json").body(assessment(5, "Wir sind die Besten."))
                .when().put(assessmentPath(roundId, ownCandidate, rural))
                .then().statusCode(403);
        api(memberCoordinator).contentType("application/json").body(assessment(5, "Wir sind die Besten."))
                .when().put(assessmentPath(roundId, ownCandidate, rural))
                .then().statusCode(403);
        decide(memberCoordinator, roundId, ownCandidate, "SELECTED").statusCode(403);
        score(coordinator(), roundId, ownCandidate, rural, 2);
        api(memberCoach).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, ownCandidate)
                .then().statusCode(403);

        score(memberCoach, roundId, otherCandidate, rural, 4);
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, ownCandidate)
                .then().statusCode(200).body("items.jurorSubject", contains(TestTokens.COORDINATOR));
        assertEquals("CANDIDATE", data.programmeRole(own));
    }

    @Test
    void aScoreAboveFiveOrWithoutEvidenceIsRefusedNamingTheField() {
        String roundId = openRound("Runde Eingaben");
        String candidate = addCandidate(roundId, data.organisation("Eingaben"));
        String path = assessmentPath(roundId, candidate, criteria().get("PARTICIPATION"));

        invalidRequest(coach()).contentType("application/json").body(assessment(6, "Mehr als die Höchstnote")).when().put(path)
                .then().statusCode(400).body("violations.field", contains("score")).body("violations.in", contains("body"));
        invalidRequest(coach()).contentType("application/json").body(assessment(-1, "Weniger als nichts")).when().put(path)
                .then().statusCode(400).body("violations.field", contains("score"));
        invalidRequest(coach()).contentType("application/json").body(assessment(3, null)).when().put(path)
                .then().statusCode(400).body("violations.field", contains("evidence"));
        invalidRequest(coach()).contentType("application/json").body(assessment(3, "   ")).when().put(path)
                .then().statusCode(400).body("violations.field", contains("evidence"));
        invalidRequest(coach()).contentType("application/json").body(assessment(3, "x".repeat(5001))).when().put(path)
                .then().statusCode(400).body("violations.field", contains("evidence"));
        invalidRequest(coach()).contentType("application/json").body(assessment(null, null)).when().put(path)
                .then().statusCode(400).body("violations.field", containsInAnyOrder("score", "evidence"));
        invalidRequest(coach()).contentType("application/json").body(Map.of("score", 3, "evidence", "Gut", "weight", 9)).when().put(path)
                .then().statusCode(400);

        api(coach()).contentType("application/json").body(assessment(5, "x".repeat(5000))).when().put(path).then().statusCode(201);
    }

    @Test
    void partnersAdvisorsAndAnonymousCannotScoreOrReadAssessments() {
        String roundId = openRound("Runde Unbefugt");
        String candidate = addCandidate(roundId, data.organisation("Unbefugt"));
        String path = assessmentPath(roundId, candidate, criteria().get("EXPERIENCE"));
        String list = "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidate + "/assessments";
        for (String token : List.of(TestTokens.partnerKalbe(), TestTokens.advisorSaxony())) {
            api(token).contentType("application/json").body(assessment(5, "Ich bewerte auch")).when().put(path).then().statusCode(403);
            api(token).when().get(list).then().statusCode(403);
        }
        api().contentType("application/json").body(assessment(5, "Anonym")).when().put(path).then().statusCode(401);
        api().when().get(list).then().statusCode(401);
        api(admin()).when().get(list).then().statusCode(200).body("items", empty());
    }

    @Test
    void unknownOrInactiveCriteriaCannotBeScored() {
        String roundId = openRound("Runde Kriterien");
        String candidate = addCandidate(roundId, data.organisation("Kriterien"));
        api(coach()).contentType("application/json").body(assessment(3, "Gut"))
                .when().put(assessmentPath(roundId, candidate, UUID.randomUUID().toString())).then().statusCode(404);

        Map<String, Object> inactive = new HashMap<>(Map.of("key", "INACTIVE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "nameDe", "Ruhend", "nameEn", "Dormant", "weight", 1, "position", 50, "active", false));
        String criterion = api(admin()).contentType("application/json").body(inactive).when().post("/api/v1/selection-criteria")
                .then().statusCode(201).extract().path("id");
        api(coach()).contentType("application/json").body(assessment(3, "Gut"))
                .when().put(assessmentPath(roundId, candidate, criterion)).then().statusCode(409);
    }

    @Test
    void scoresFreezeOnceTheCandidateIsDecided() {
        String roundId = openRound("Runde Eingefroren");
        String candidate = addCandidate(roundId, data.organisation("Entschieden"));
        Map<String, String> criteria = criteria();
        String etag = score(coach(), roundId, candidate, criteria.get("EXPERIENCE"), 4).extract().header("ETag");
        decide(coordinator(), roundId, candidate, "WAITLISTED").statusCode(200).body("weightedScore", equalTo(4.0f));

        api(coach()).contentType("application/json").header("If-Match", etag).body(assessment(1, "Nachträglich schlechter"))
                .when().put(assessmentPath(roundId, candidate, criteria.get("EXPERIENCE")))
                .then().statusCode(409);
        api(coordinator()).contentType("application/json").body(assessment(5, "Nachträglich dazu"))
                .when().put(assessmentPath(roundId, candidate, criteria.get("RURAL_FOCUS")))
                .then().statusCode(409);
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, candidate)
                .then().statusCode(200).body("items.score", contains(4));
    }

    @Test
    void aDecidedCandidateKeepsItsWeightedScoreWhenTheCatalogueChanges() {
        String key = "FROZEN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExtractableResponse<Response> created = api(admin()).contentType("application/json")
                .body(Map.of("key", key, "nameDe", "Vorübergehend", "nameEn", "Temporary", "weight", 1, "position", 60, "active", true))
                .when().post("/api/v1/selection-criteria").then().statusCode(201).extract();
        String extra = created.path("id");
        String roundId = openRound("Runde Gewichte");
        String decided = addCandidate(roundId, data.organisation("Entschieden vor Änderung"));
        String open = addCandidate(roundId, data.organisation("Offen bei Änderung"));
        String experience = criteria().get("EXPERIENCE");
        for (String candidate : List.of(decided, open)) {
            score(coach(), roundId, candidate, experience, 4);
            score(coach(), roundId, candidate, extra, 2);
        }
        decide(coordinator(), roundId, decided, "REJECTED").statusCode(200).body("weightedScore", equalTo(3.0f));

        Map<String, Object> heavier = new HashMap<>(Map.of("nameDe", "Vorübergehend", "nameEn", "Temporary", "weight", 3, "position", 60,
                "active", true));
        String etag = api(admin()).contentType("application/json").header("If-Match", created.header("ETag")).body(heavier)
                .when().put("/api/v1/selection-criteria/{id}", extra).then().statusCode(200).extract().header("ETag");
        try {
            api(coordinator()).when().get("/api/v1/selection-rounds/{round}", roundId).then().statusCode(200)
                    .body("candidates.find { it.id == '" + decided + "' }.weightedScore", equalTo(3.0f))
                    .body("candidates.find { it.id == '" + open + "' }.weightedScore", equalTo(2.5f));
        } finally {
            heavier.put("active", false);
            api(admin()).contentType("application/json").header("If-Match", etag).body(heavier)
                    .when().put("/api/v1/selection-criteria/{id}", extra).then().statusCode(200);
        }
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, open).then().statusCode(200)
                .body("weightedScore", equalTo(4.0f)).body("criteriaScored", equalTo(1));
    }

    @Test
    void theOrganisationsInternalProfileShowsEveryRoundsEvidenceToStaffOnly() {
        api(coordinator()).when().get("/api/v1/organisations/{id}/assessments", DEMO_CANDIDATE_SCHEUNE)
                .then().statusCode(200)
                .body("organisation.name", equalTo("Kulturscheune Beispieldorf (Demo)"))
                .body("candidacies", hasSize(1))
                .body("candidacies[0].round.name", equalTo("Auswahlrunde 2026"))
                .body("candidacies[0].decision", nullValue())
                .body("candidacies[0].assessments", hasSize(16))
                .body("candidacies[0].assessments.jurorName", hasItem("Konrad Koordinator (Demo)"))
                .body("candidacies[0].assessments.jurorName", hasItem("Clara Coach (Demo)"))
                .body("candidacies[0].assessments.evidence", hasItem("Verein seit 2014 aktiv, jährliches Programm belegt."))
                .body("candidacies[0].assessments[0].criterion.key", equalTo("EXPERIENCE"));
        api(admin()).when().get("/api/v1/organisations/{id}/assessments", KALBE)
                .then().statusCode(200)
                .body("candidacies.round.name", hasItem("Auswahlrunde 2020"))
                .body("candidacies.find { it.round.name == 'Auswahlrunde 2020' }.decision", equalTo("SELECTED"))
                .body("candidacies.find { it.round.name == 'Auswahlrunde 2020' }.rationale", not(nullValue()))
                .body("candidacies.find { it.round.name == 'Auswahlrunde 2020' }.assessments", empty());

        api(coach()).when().get("/api/v1/organisations/{id}/assessments", DEMO_CANDIDATE_SCHEUNE).then().statusCode(403);
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations/{id}/assessments", KALBE).then().statusCode(403);
        api(TestTokens.advisorSaxony()).when().get("/api/v1/organisations/{id}/assessments", KALBE).then().statusCode(403);
        api().when().get("/api/v1/organisations/{id}/assessments", KALBE).then().statusCode(401);
        api(coordinator()).when().get("/api/v1/organisations/{id}/assessments", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void jurorsReadTheCandidatesApplicationWithoutPersonalDataButPartnersDoNot() {
        UUID organisation = data.applicant("Kulturscheune", "Konzerte und Werkstätten in der Scheune.",
                "## Vorhaben\n\nWir bauen **Proberäume** aus. <script>alert(1)</script> [Plan](javascript:alert(1))");
        String roundId = openRound("Runde Bewerbung");
        String candidate = addCandidate(roundId, organisation);
        String path = "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidate + "/application";

        Map<String, Object> application = api(coach()).when().get(path).then().statusCode(200)
                .body("candidateId", equalTo(candidate))
                .body("roundId", equalTo(roundId))
                .body("organisationId", equalTo(organisation.toString()))
                .body("kind", equalTo("ASSOCIATION"))
                .body("town", equalTo("Prüfstadt"))
                .body("state", equalTo("TH"))
                .body("settlementType", equalTo("RURAL_MUNICIPALITY"))
                .body("submarkets", contains("MUSIC", "DESIGN"))
                .body("foundingYear", equalTo(2011))
                .body("teamSize", equalTo(7))
                .body("website", equalTo("https://scheune.example"))
                .body("summary", equalTo("Konzerte und Werkstätten in der Scheune."))
                .body("requestedTopics", empty())
                .extract().as(Map.class);
        String html = (String) application.get("descriptionHtml");
        assertTrue(html.contains("<h2>Vorhaben</h2>") && html.contains("<strong>Proberäume</strong>"), html);
        assertTrue(!html.contains("<script") && !html.contains("javascript:"), html);
        assertTrue(((String) application.get("name")).startsWith("Kulturscheune"));
        assertEquals(java.util.Set.of("candidateId", "roundId", "organisationId", "name", "kind", "town", "state", "settlementType",
                "submarkets", "foundingYear", "teamSize", "website", "summary", "description", "descriptionHtml", "requestedTopics"),
                application.keySet(), "no contact persons or other personal data");
        api(coordinator()).when().get(path).then().statusCode(200);

        for (String token : List.of(TestTokens.partnerKalbe(), TestTokens.advisorSaxony())) {
            api(token).when().get(path).then().statusCode(403);
        }
        api().when().get(path).then().statusCode(401);
        String otherRound = openRound("Runde Andere Bewerbung");
        api(coach()).when().get("/api/v1/selection-rounds/" + otherRound + "/candidates/" + candidate + "/application")
                .then().statusCode(404);
        api(coach()).when().get("/api/v1/selection-rounds/" + roundId + "/candidates/" + UUID.randomUUID() + "/application")
                .then().statusCode(404);
    }
}
