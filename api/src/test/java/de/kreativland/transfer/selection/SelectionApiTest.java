package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/** Tokens, test data and the requests the selection tests share. */
abstract class SelectionApiTest extends ApiTest {
    static final String DEMO_ROUND_2020 = "9d2f4b6a-7c31-4e58-b0a4-000000002020";
    static final String DEMO_ROUND_2026 = "9d2f4b6a-7c31-4e58-b0a4-000000002026";
    static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";
    static final String DEMO_CANDIDATE_SCHEUNE = "5b0c2d4e-1a01-4f6e-9c10-000000000101";

    @Inject
    SelectionTestData data;

    @AfterEach
    void removeTestOrganisations() {
        data.removeCreated();
    }

    static String coach() {
        return TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
    }

    static String coordinator() {
        return TestTokens.coordinator();
    }

    static String admin() {
        return TestTokens.admin();
    }

    /** A further user with the given role, unknown to the demo world. */
    static String user(String subject, String name, String role) {
        return TestTokens.sign(TestTokens.claims(subject, name.toLowerCase().replace(' ', '.'), name, role));
    }

    /** A request that breaks the contract on purpose, by a signed-in user. */
    static RequestSpecification invalidRequest(String token) {
        return invalidRequest().header("Authorization", TestTokens.bearer(token));
    }

    /** Criterion ids by key, of the whole catalogue. */
    static Map<String, String> criteria() {
        List<Map<String, Object>> items = api(admin()).queryParam("size", 100).when().get("/api/v1/selection-criteria")
                .then().statusCode(200).extract().path("items");
        return items.stream().collect(Collectors.toMap(c -> (String) c.get("key"), c -> (String) c.get("id")));
    }

    static String openRound(String name) {
        return api(coordinator()).contentType("application/json").body(Map.of("name", name))
                .when().post("/api/v1/selection-rounds")
                .then().statusCode(201).extract().path("id");
    }

    static String addCandidate(String roundId, UUID organisationId) {
        return api(coordinator()).contentType("application/json").body(Map.of("organisationId", organisationId.toString()))
                .when().post("/api/v1/selection-rounds/{round}/candidates", roundId)
                .then().statusCode(201).extract().path("id");
    }

    static String assessmentPath(String roundId, String candidateId, String criterionId) {
        return "/api/v1/selection-rounds/" + roundId + "/candidates/" + candidateId + "/assessments/" + criterionId;
    }

    /** Puts the caller's first score on a criterion (201). */
    static ValidatableResponse score(String token, String roundId, String candidateId, String criterionId, int score) {
        return api(token).contentType("application/json")
                .body(Map.of("score", score, "evidence", "Begründung für " + score + " Punkte"))
                .when().put(assessmentPath(roundId, candidateId, criterionId))
                .then().statusCode(201).body("score", equalTo(score));
    }

    static ValidatableResponse decide(String token, String roundId, String candidateId, String decision) {
        var candidate = api(TestTokens.coordinator()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, candidateId)
                .then().extract();
        String etag = candidate.statusCode() == 200 ? "\"" + candidate.jsonPath().getLong("version") + "\"" : "\"0\"";
        return api(token).contentType("application/json").header("If-Match", etag)
                .body(Map.of("decision", decision, "rationale", "Weil es so entschieden wurde",
                        "incompleteScoringReason", "Die Bewertung reicht für diese Entscheidung"))
                .when().post("/api/v1/selection-rounds/{round}/candidates/{candidate}/decision", roundId, candidateId)
                .then();
    }
}
