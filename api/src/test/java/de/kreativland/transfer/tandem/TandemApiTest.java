package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each test gets its own small world near Kiel: a best-practice organisation with an APPROVED concept, a partner
 * member and the demo coach assigned; a nearby candidate of the same submarkets (the top suggestion), a tandem
 * partner in Hamburg, a distant candidate of another submarket in the Alps, and an unrelated organisation with a member.
 */
abstract class TandemApiTest extends ApiTest {
    static final String TANDEMS = "/api/v1/tandems";
    static final String SUGGESTIONS = "/api/v1/transfer-concepts/{id}/tandem-suggestions";

    @Inject
    TandemTestData data;

    UUID owner;
    UUID concept;
    UUID near;
    UUID hamburg;
    UUID distant;
    UUID unrelated;
    String ownerSubject;
    String nearSubject;
    String unrelatedSubject;

    @BeforeEach
    void createWorld() {
        owner = data.organisation("Filmhof Kiel (Test)", "BEST_PRACTICE", "{FILM,BROADCASTING}", "SMALL_SMALL_TOWN", 54.32, 10.13, 6,
                "{MARKETING}");
        concept = data.concept(owner, "APPROVED");
        near = data.organisation("Kinoverein Nachbarort (Test)", null, "{FILM,BROADCASTING}", "SMALL_SMALL_TOWN", 54.40, 10.20, 6,
                "{FINANCING,BUILDING_LAW}");
        hamburg = data.organisation("Medienwerkstatt Hamburg (Test)", "TANDEM", "{FILM}", "MEDIUM_TOWN", 53.55, 10.0, 3, "{MARKETING}");
        distant = data.organisation("Architekturbüro Alpen (Test)", "CANDIDATE", "{ARCHITECTURE}", "LARGE_CITY", 47.6, 12.9, 60,
                "{DIGITAL_INFRASTRUCTURE}");
        unrelated = data.organisation("Fremder Verein (Test)", null);
        ownerSubject = UUID.randomUUID().toString();
        nearSubject = UUID.randomUUID().toString();
        unrelatedSubject = UUID.randomUUID().toString();
        data.membership(ownerSubject, owner);
        data.membership(nearSubject, near);
        data.membership(unrelatedSubject, unrelated);
        data.assignDemoCoach(owner);
    }

    @AfterEach
    void removeWorld() {
        data.removeCreated();
    }

    String ownerPartner() {
        return TestTokens.sign(TestTokens.claims(ownerSubject, "bea.test", "Bea Bestpraxis (Test)", "partner"));
    }

    String nearPartner() {
        return TestTokens.sign(TestTokens.claims(nearSubject, "tom.test", "Tom Tandem (Test)", "partner"));
    }

    String unrelatedPartner() {
        return TestTokens.sign(TestTokens.claims(unrelatedSubject, "ulla.test", "Ulla Unbeteiligt (Test)", "partner"));
    }

    /** Clara Coach (Demo), assigned to the best-practice organisation. */
    static String coach() {
        return TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
    }

    /** A coach who is assigned to no organisation. */
    static String otherCoach() {
        return TestTokens.sign(TestTokens.claims(UUID.randomUUID().toString(), "otto.coach", "Otto Ohnezuordnung (Test)", "coach"));
    }

    static String coordinator() {
        return TestTokens.coordinator();
    }

    static RequestSpecification invalidRequest(String token) {
        return invalidRequest().header("Authorization", TestTokens.bearer(token));
    }

    ValidatableResponse propose(UUID candidate, String selectionReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("conceptId", concept.toString());
        body.put("tandemOrganisationId", candidate.toString());
        if (selectionReason != null) {
            body.put("selectionReason", selectionReason);
        }
        return api(coordinator()).contentType("application/json").header("Accept-Language", "en").body(body).when().post(TANDEMS).then();
    }

    /** A PROPOSED tandem of the concept with the top-ranked nearby candidate; returns its id. */
    String proposed() {
        return propose(near, null).statusCode(201).body("status", equalTo("PROPOSED")).extract().path("id");
    }

    /** An ACTIVE tandem with the nearby candidate; returns its id. */
    String active() {
        String id = proposed();
        agreeBoth(id);
        transition(coordinator(), id, "ACTIVE", null).statusCode(200);
        return id;
    }

    /** A member of each organisation agrees; the second agreement makes the tandem AGREED. */
    void agreeBoth(String id) {
        transition(ownerPartner(), id, "AGREED", null).statusCode(200).body("status", equalTo("PROPOSED"));
        transition(nearPartner(), id, "AGREED", null).statusCode(200).body("status", equalTo("AGREED"));
    }

    static ValidatableResponse transition(String token, String id, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api(token).contentType("application/json").header("If-Match", etagOrUnknown(TANDEMS + "/{id}", id))
                .header("Accept-Language", "en").body(body).when().post(TANDEMS + "/{id}/transitions", id).then();
    }

    static List<Map<String, Object>> milestones(String token, String id) {
        return api(token).when().get(TANDEMS + "/{id}/milestones", id).then().statusCode(200).extract().path("items");
    }

    static ValidatableResponse updateMilestone(String token, String id, String milestoneId, String status) {
        String etag = api(token).when().get(TANDEMS + "/{id}/milestones/{mid}", id, milestoneId).then().statusCode(200)
                .extract().header("ETag");
        return api(token).contentType("application/json").header("If-Match", etag).body(Map.of("status", status))
                .when().put(TANDEMS + "/{id}/milestones/{mid}", id, milestoneId).then();
    }
}
