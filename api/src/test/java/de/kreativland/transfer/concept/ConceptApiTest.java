package de.kreativland.transfer.concept;

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
 * Each test gets its own best-practice organisation with a partner member and the demo coach assigned,
 * so that tests that mutate never meet each other's concepts.
 */
abstract class ConceptApiTest extends ApiTest {
    static final String CONCEPTS = "/api/v1/transfer-concepts";
    static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    @Inject
    ConceptTestData data;

    UUID organisation;
    String partnerSubject;

    @BeforeEach
    void createOrganisation() {
        organisation = data.organisation("Testhof", "BEST_PRACTICE");
        partnerSubject = UUID.randomUUID().toString();
        data.membership(partnerSubject, organisation);
        data.assignDemoCoach(organisation);
    }

    @AfterEach
    void removeOrganisations() {
        data.removeCreated();
    }

    /** A partner member of this test's organisation. */
    String partner() {
        return TestTokens.sign(TestTokens.claims(partnerSubject, "paula.test", "Paula Prüfer (Test)", "partner"));
    }

    /** Clara Coach (Demo), assigned to this test's organisation. */
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

    static String otherPartner() {
        return TestTokens.partnerFichtelgebirge();
    }

    static RequestSpecification invalidRequest(String token) {
        return invalidRequest().header("Authorization", TestTokens.bearer(token));
    }

    static Map<String, Object> step(String title, String topic) {
        Map<String, Object> step = new HashMap<>();
        step.put("title", title);
        step.put("description", "Beschreibung: " + title);
        step.put("typicalDuration", "2 Monate");
        step.put("topic", topic);
        return step;
    }

    /** Sections with every text section filled, and a three-step plan. */
    static Map<String, Object> sections(String marker) {
        Map<String, Object> sections = new HashMap<>();
        sections.put("startingSituation", "Leerstand in der Kleinstadt " + marker);
        sections.put("goalsAndTargetGroups", "Künstlerinnen und Künstler auf Zeit " + marker);
        sections.put("offer", "Ateliers und Werkstätten " + marker);
        sections.put("organisationAndTeam", "Ein Verein mit Ehrenamtlichen " + marker);
        sections.put("financing", "Fördermittel und Mieteinnahmen " + marker);
        sections.put("marketingAndCommunication", "Presse und soziale Medien " + marker);
        sections.put("buildingLawAndPremises", "Nutzungsänderung und Brandschutz " + marker);
        sections.put("digitalInfrastructure", "Glasfaser im Gemeinschaftshaus " + marker);
        sections.put("transferPlan", List.of(step("Leerstand erfassen", "BUILDING_LAW"), step("Verein gründen", "ORGANISATION_DEVELOPMENT"),
                step("Förderantrag stellen", "FINANCING")));
        sections.put("risksAndSuccessFactors", "Rückhalt in der Stadtgesellschaft " + marker);
        sections.put("resourcesAndContacts", "Leitfaden und Ansprechpartner " + marker);
        return sections;
    }

    /** A new DRAFT of this test's organisation, by its partner; returns its id. */
    String createDraft(String title) {
        return api(partner()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString(), "title", title, "sections", sections("eins")))
                .when().post(CONCEPTS)
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    static ValidatableResponse transition(String token, String id, String to) {
        return api(token).contentType("application/json").header("If-Match", etagOrUnknown(CONCEPTS + "/{id}", id))
                .header("Accept-Language", "en").body(Map.of("to", to, "note", "Test: " + to))
                .when().post(CONCEPTS + "/{id}/transitions", id).then();
    }

    static String etag(String token, String id) {
        return api(token).when().get(CONCEPTS + "/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Replaces the working copy with the given sections. */
    static ValidatableResponse put(String token, String id, String title, Map<String, Object> sections) {
        return api(token).contentType("application/json").header("If-Match", etag(token, id))
                .body(Map.of("title", title, "sections", sections))
                .when().put(CONCEPTS + "/{id}", id).then();
    }

    /** A concept taken through review to PUBLISHED with two versions; returns its id. */
    String publishedWithTwoVersions(String title) {
        String id = createDraft(title);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(coach(), id, "CHANGES_REQUESTED").statusCode(200);
        put(partner(), id, title, sections("zwei")).statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(coordinator(), id, "APPROVED").statusCode(200);
        transition(coordinator(), id, "PUBLISHED").statusCode(200).body("publishedVersionNumber", equalTo(2));
        return id;
    }
}
