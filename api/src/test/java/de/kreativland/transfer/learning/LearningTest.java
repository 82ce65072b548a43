package de.kreativland.transfer.learning;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ids of the demo learning space and helpers of the learning tests. Tests that write make their
 * own modules with unique titles, so that tests sharing the database do not depend on each other.
 */
abstract class LearningTest extends ApiTest {
    static final String MODULES = "/api/v1/learning-modules";
    static final String PATHS = "/api/v1/learning-paths";

    static final String FOERDERUNG = "8e1a0f3c-4d05-4b7e-9c50-000000000001";
    static final String FOERDERUNG_SLUG = "foerderung-fuer-kulturprojekte-im-laendlichen-raum";
    static final String LEERSTAND_CHECKLIST = "8e1a0f3c-4d05-4b7e-9c50-000000000003";
    static final String NUTZUNGSAENDERUNG = "8e1a0f3c-4d05-4b7e-9c50-000000000004";
    static final String KALBE_CASE_STUDY = "8e1a0f3c-4d05-4b7e-9c50-000000000005";
    static final String ROLES_PARTICIPANTS_ONLY = "8e1a0f3c-4d05-4b7e-9c50-000000000007";
    static final String E_WERK_CASE_STUDY = "8e1a0f3c-4d05-4b7e-9c50-000000000014";
    static final String CROWDFUNDING_DRAFT = "8e1a0f3c-4d05-4b7e-9c50-000000000015";
    static final String PATH_LEERSTAND = "8e1a0f3c-4d05-4b7e-9c51-000000000001";
    static final String PATH_FINANZIERUNG = "8e1a0f3c-4d05-4b7e-9c51-000000000002";

    static final String CLARA = "3c0a0c4e-2b02-4f6e-9c20-000000000001";
    static final String MARA = "3c0a0c4e-2b02-4f6e-9c20-000000000003";
    static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";
    static final String FICHTELGEBIRGE = "5b0c2d4e-1a01-4f6e-9c10-000000000002";

    /** The demo coach Clara (user `coach`), author of the demo draft. */
    static String clara() {
        return TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
    }

    /** A coach user without a coach profile. */
    static String otherCoach() {
        String subject = UUID.randomUUID().toString();
        return TestTokens.sign(TestTokens.claims(subject, "coach-" + subject.substring(0, 8), "Other Coach", "coach"));
    }

    /** A fresh partner user (no memberships), for progress that no other test touches. */
    static String freshPartner() {
        String subject = UUID.randomUUID().toString();
        return TestTokens.sign(TestTokens.claims(subject, "partner-" + subject.substring(0, 8), "Test Partner", "partner"));
    }

    static String integration() {
        return TestTokens.sign(TestTokens.claims("service-account-test", "service-account-test", "Integration", "integration"));
    }

    static RequestSpecification json(String token) {
        return api(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> moduleInput(String title, String body) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("summary", "Kurzbeschreibung von " + title);
        input.put("bodyMarkdown", body);
        input.put("format", "ARTICLE");
        input.put("topics", List.of("MARKETING"));
        input.put("submarkets", List.of("MUSIC"));
        input.put("level", "BEGINNER");
        input.put("estimatedMinutes", 10);
        input.put("visibility", "PUBLIC");
        return input;
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft by Clara; returns its id. */
    static String draftByClara(String title, String body) {
        return json(clara()).body(moduleInput(title, body)).when().post(MODULES)
                .then().statusCode(201).extract().path("id");
    }

    static void transition(String token, String id, String to) {
        json(token).header("If-Match", etag(id)).body(Map.of("to", to)).when().post(MODULES + "/" + id + "/transitions").then().statusCode(200);
    }

    /** The module's current ETag, read by a coordinator (who may read every module). */
    static String etag(String id) {
        return api(TestTokens.coordinator()).when().get(MODULES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A module by Clara, submitted by her and published by a coordinator; returns its id. */
    static String publishedByClara(String title, String body) {
        String id = draftByClara(title, body);
        transition(clara(), id, "IN_REVIEW");
        transition(TestTokens.coordinator(), id, "PUBLISHED");
        return id;
    }
}
