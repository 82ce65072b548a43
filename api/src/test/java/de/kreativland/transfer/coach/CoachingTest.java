package de.kreativland.transfer.coach;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens and fixtures of the coaching tests. Each test makes its own coaches, organisations and
 * members with fresh ids, so that tests sharing the database do not depend on each other's order.
 */
abstract class CoachingTest extends ApiTest {
    static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";
    static final String FICHTELGEBIRGE = "5b0c2d4e-1a01-4f6e-9c10-000000000002";
    static final String HALDERN = "5b0c2d4e-1a01-4f6e-9c10-000000000003";
    static final String CLARA = "3c0a0c4e-2b02-4f6e-9c20-000000000001";
    static final String FRITZ = "3c0a0c4e-2b02-4f6e-9c20-000000000002";
    static final String MARA = "3c0a0c4e-2b02-4f6e-9c20-000000000003";
    static final String CLARA_KALBE_ORGANISATION_DEVELOPMENT = "3c0a0c4e-2b02-4f6e-9c21-000000000001";
    static final String MARA_HALDERN_MARKETING = "3c0a0c4e-2b02-4f6e-9c21-000000000005";

    @Inject
    EntityManager em;

    static String clara() {
        return TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
    }

    static String coachToken(String subject) {
        return TestTokens.sign(TestTokens.claims(subject, "coach-" + subject.substring(0, 8), "Test Coach", "coach"));
    }

    static String partnerToken(String subject) {
        return TestTokens.sign(TestTokens.claims(subject, "partner-" + subject.substring(0, 8), "Test Partner", "partner"));
    }

    static String newSubject() {
        return UUID.randomUUID().toString();
    }

    static RequestSpecification invalidRequest(String token) {
        return invalidRequest().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
    }

    static Map<String, Object> coachInput(String name, String subject, String... topics) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name);
        input.put("bio", "Testprofil");
        input.put("topics", List.of(topics));
        input.put("regions", List.of("SN"));
        input.put("languages", List.of("de"));
        input.put("email", "test-coach@example.org");
        input.put("phone", "+49 351 000000");
        input.put("subject", subject);
        return input;
    }

    /** A coach profile created by a coordinator, linked to the given Keycloak subject. */
    static String createCoach(String subject, String... topics) {
        return api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(coachInput("Test Coach " + subject.substring(0, 8), subject, topics))
                .when().post("/api/v1/coaches")
                .then().statusCode(201).extract().path("id");
    }

    static String assign(String coachId, String organisationId, String topic, String hourBudget) {
        return api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("coachId", coachId, "organisationId", organisationId, "topic", topic, "hourBudget", new BigDecimal(hourBudget)))
                .when().post("/api/v1/coaching-assignments")
                .then().statusCode(201).extract().path("id");
    }

    static String logSession(String token, String assignmentId, String heldOn, int minutes) {
        return api(token).contentType(ContentType.JSON)
                .body(Map.of("heldOn", heldOn, "durationMinutes", minutes, "format", "VIDEO",
                        "notes", "Notizen", "nextSteps", "Nächste Schritte"))
                .when().post("/api/v1/coaching-assignments/" + assignmentId + "/sessions")
                .then().statusCode(201).extract().path("id");
    }

    /** An organisation outside the partner directory (no programme role), so the directory's tests are unaffected. */
    String newOrganisation(String name) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into organisation (id, name, town, state) values (:id, :name, 'Annaberg-Buchholz', 'SN')")
                .setParameter("id", id).setParameter("name", name).executeUpdate());
        return id.toString();
    }

    void addMember(String subject, String organisationId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into organisation_membership (subject, organisation_id, created_by) values (:subject, :organisation, 'test')")
                .setParameter("subject", subject).setParameter("organisation", UUID.fromString(organisationId)).executeUpdate());
    }
}
