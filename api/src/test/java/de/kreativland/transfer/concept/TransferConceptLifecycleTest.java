package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
class TransferConceptLifecycleTest extends ConceptApiTest {

    @Test
    void fullLifecycleThroughEveryRole() {
        ExtractableResponse<Response> created = api(partner()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString(), "title", "Künstlerstadt auf Zeit", "sections", sections("eins")))
                .when().post(CONCEPTS)
                .then().statusCode(201).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("currentVersionNumber", equalTo(0))
                .body("sections.transferPlan.title", contains("Leerstand erfassen", "Verein gründen", "Förderantrag stellen"))
                .body("availableTransitions", contains("IN_REVIEW", "ARCHIVED"))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(CONCEPTS + "/" + id), created.header("Location"));

        // the partner submits: version 1 is frozen
        transition(partner(), id, "IN_REVIEW").statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("currentVersionNumber", equalTo(1))
                .body("availableTransitions", empty());
        // the assigned coach sends it back
        transition(coach(), id, "CHANGES_REQUESTED").statusCode(200).body("status", equalTo("CHANGES_REQUESTED"));
        // the partner edits and submits again: version 2
        put(partner(), id, "Künstlerstadt auf Zeit", sections("zwei")).statusCode(200).body("sections.offer", containsString("zwei"));
        transition(partner(), id, "IN_REVIEW").statusCode(200).body("currentVersionNumber", equalTo(2));
        // the coach may not approve; the coordinator approves and publishes
        transition(coach(), id, "APPROVED").statusCode(403);
        api(coordinator()).when().get(CONCEPTS + "/{id}", id).then().statusCode(200)
                .body("availableTransitions", contains("CHANGES_REQUESTED", "APPROVED", "ARCHIVED"));
        transition(coordinator(), id, "APPROVED").statusCode(200).body("status", equalTo("APPROVED"));
        transition(coordinator(), id, "PUBLISHED").statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedVersionNumber", equalTo(2)).body("publishedAt", notNullValue());

        // anonymous users read the published version, and only that one
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(200)
                .body("title", equalTo("Künstlerstadt auf Zeit")).body("shownVersionNumber", equalTo(2))
                .body("sections.offer", containsString("zwei")).body("availableTransitions", nullValue());
        api().when().get(CONCEPTS + "/{id}/versions", id).then().statusCode(200).body("items.number", contains(2));
        api().when().get(CONCEPTS + "/{id}/versions/1", id).then().statusCode(404);
        api().queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", contains(id));
        // the organisation sees every version and the history
        api(partner()).when().get(CONCEPTS + "/{id}/versions", id).then().statusCode(200).body("items.number", contains(2, 1))
                .body("items.published", contains(true, false));
        api(partner()).when().get(CONCEPTS + "/{id}/transitions", id).then().statusCode(200)
                .body("items.to", contains("IN_REVIEW", "CHANGES_REQUESTED", "IN_REVIEW", "APPROVED", "PUBLISHED"))
                .body("items.actorName", hasItem("Clara Coach (Demo)"));
        // published concepts are no longer edited; the coordinator archives
        put(partner(), id, "Geändert", sections("drei")).statusCode(409);
        transition(partner(), id, "ARCHIVED").statusCode(403);
        transition(coordinator(), id, "ARCHIVED").statusCode(200).body("availableTransitions", empty());
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        assertEquals(5 + 1, data.auditEntries("transfer_concept", id, "transition"));
    }

    @Test
    void partnerCannotApproveItsOwnConcept() {
        String id = createDraft("Eigene Freigabe");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(partner(), id, "APPROVED").statusCode(403).body("detail", containsString("coordinator"));
        transition(partner(), id, "CHANGES_REQUESTED").statusCode(403);
        api(partner()).when().get(CONCEPTS + "/{id}", id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void coordinatorCannotApproveOrPublishAConceptOfItsOwnOrganisation() {
        String subject = UUID.randomUUID().toString();
        data.membership(subject, organisation);
        String memberCoordinator = TestTokens.sign(TestTokens.claims(subject, "kora", "Kora Koordination (Test)", "coordinator"));
        String id = createDraft("Befangen");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(memberCoordinator, id, "APPROVED").statusCode(403).body("detail", containsString("own organisation"));
        transition(coordinator(), id, "APPROVED").statusCode(200);
        transition(memberCoordinator, id, "PUBLISHED").statusCode(403);
        transition(coordinator(), id, "PUBLISHED").statusCode(200);
    }

    @Test
    void aConceptWithEmptySectionsCannotBeSubmittedAndTheEmptyOnesAreNamed() {
        String id = createDraft("Lückenhaft");
        Map<String, Object> partial = sections("drei");
        partial.remove("financing");
        partial.put("offer", "  ");
        partial.put("transferPlan", java.util.List.of());
        put(partner(), id, "Lückenhaft", partial).statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(409).body("rule", equalTo("complete-sections"))
                .body("emptySections", contains("OFFER", "FINANCING", "TRANSFER_PLAN"))
                .body("detail", containsString("3 of 11 sections are empty"));
        api(partner()).when().get(CONCEPTS + "/{id}", id).then().body("status", equalTo("DRAFT")).body("currentVersionNumber", equalTo(0));
        put(partner(), id, "Lückenhaft", sections("vier")).statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
    }

    @Test
    void whoeverEditedOrSubmittedAConceptCannotApproveItButASecondCoordinatorCan() {
        String id = createDraft("Vier Augen");
        put(coordinator(), id, "Vier Augen", sections("vom Koordinator")).statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        api(coordinator()).when().get(CONCEPTS + "/{id}", id).then().body("availableTransitions", contains("CHANGES_REQUESTED", "ARCHIVED"));
        transition(coordinator(), id, "APPROVED").statusCode(403).body("rule", equalTo("four-eyes"))
                .body("detail", containsString("edited or submitted version 1"));
        String second = de.kreativland.transfer.TestTokens.coordinator2();
        api(second).when().get(CONCEPTS + "/{id}", id).then().body("availableTransitions", contains("CHANGES_REQUESTED", "APPROVED", "ARCHIVED"));
        transition(second, id, "APPROVED").statusCode(200);

        String submittedByStaff = createDraft("Vom Personal eingereicht");
        transition(second, submittedByStaff, "IN_REVIEW").statusCode(200);
        transition(second, submittedByStaff, "APPROVED").statusCode(403).body("rule", equalTo("four-eyes"));
        transition(coordinator(), submittedByStaff, "APPROVED").statusCode(200);
    }

    @Test
    void illegalTransitionIsAConflictNamingTheAllowedOnes() {
        String id = createDraft("Abkürzung");
        transition(coordinator(), id, "APPROVED").statusCode(409)
                .body("allowedTransitions", contains("IN_REVIEW", "ARCHIVED"))
                .body("detail", containsString("Cannot go from DRAFT to APPROVED"));
        transition(partner(), id, "PUBLISHED").statusCode(409);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(409).body("allowedTransitions", contains("CHANGES_REQUESTED", "APPROVED", "ARCHIVED"));
        transition(coordinator(), id, "DRAFT").statusCode(409);
        invalidRequest(partner()).contentType("application/json").body(Map.of("to", "DONE"))
                .when().post(CONCEPTS + "/{id}/transitions", id).then().statusCode(400).body("violations.field", contains("to"));
    }

    @Test
    void anonymousUsersCannotReadADraft() {
        String id = createDraft("Geheimer Entwurf");
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        api().when().get(CONCEPTS + "/{id}/versions", id).then().statusCode(404);
        api().queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then().statusCode(200).body("items", empty());
        api().when().get(CONCEPTS + "/{id}/comments", id).then().statusCode(401);
        invalidRequest().contentType("application/json").body(Map.of("to", "IN_REVIEW")).when().post(CONCEPTS + "/{id}/transitions", id)
                .then().statusCode(401);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        api().when().get(CONCEPTS + "/{id}/versions/1", id).then().statusCode(404);
        api().queryParam("format", "pdf").when().get(CONCEPTS + "/{id}/versions/1/export", id).then().statusCode(404);
    }

    @Test
    void draftsAreReadByOwnerCoachesAndStaffOnly() {
        String id = createDraft("Nur intern");
        api(partner()).when().get(CONCEPTS + "/{id}", id).then().statusCode(200).header("ETag", notNullValue());
        api(coach()).when().get(CONCEPTS + "/{id}", id).then().statusCode(200).body("availableTransitions", empty());
        api(coordinator()).when().get(CONCEPTS + "/{id}", id).then().statusCode(200);
        api(otherPartner()).when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        api(otherCoach()).when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        api(TestTokens.advisorSaxony()).when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        api(otherPartner()).queryParam("status", "DRAFT").queryParam("size", 100).when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        api(coach()).queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void onlyTheOwningPartnerEditsAndOnlyWithIfMatch() {
        String id = createDraft("Bearbeiten");
        String etag = etag(partner(), id);
invalidRequest().header("Authorization", TestTokens.bearer(partner())).contentType("application/json").body(Map.of("title", "Ohne If-Match", "sections", sections("x")))
                .when().put(CONCEPTS + "/{id}", id).then().statusCode(428);
        api(partner()).contentType("application/json").header("If-Match", etag).body(Map.of("title", "Neu", "sections", sections("x")))
                .when().put(CONCEPTS + "/{id}", id).then().statusCode(200).body("title", equalTo("Neu"));
        api(partner()).contentType("application/json").header("If-Match", etag).body(Map.of("title", "Veraltet", "sections", sections("y")))
                .when().put(CONCEPTS + "/{id}", id).then().statusCode(412);
        api(otherPartner()).contentType("application/json").header("If-Match", etag(partner(), id))
                .body(Map.of("title", "Fremd", "sections", sections("z")))
                .when().put(CONCEPTS + "/{id}", id).then().statusCode(404);
        api(coach()).contentType("application/json").header("If-Match", etag(partner(), id))
                .body(Map.of("title", "Coach", "sections", sections("z")))
                .when().put(CONCEPTS + "/{id}", id).then().statusCode(403);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        put(partner(), id, "Während der Prüfung", sections("w")).statusCode(409);
    }

    @Test
    void conceptsBelongToBestPracticeOrganisationsOfTheCaller() {
        UUID tandem = data.organisation("Tandemhof", "TANDEM");
        data.membership(partnerSubject, tandem);
        api(partner()).contentType("application/json").body(Map.of("organisationId", tandem.toString(), "title", "Tandem"))
                .when().post(CONCEPTS).then().statusCode(400).body("violations.field", contains("organisationId"));
        api(otherPartner()).contentType("application/json").body(Map.of("organisationId", organisation.toString(), "title", "Fremd"))
                .when().post(CONCEPTS).then().statusCode(403).body("violations.field", contains("organisationId"));
        api(coach()).contentType("application/json").body(Map.of("organisationId", organisation.toString(), "title", "Coach"))
                .when().post(CONCEPTS).then().statusCode(403);
        api(coordinator()).contentType("application/json").body(Map.of("organisationId", organisation.toString(), "title", "Im Auftrag"))
                .when().post(CONCEPTS).then().statusCode(201);
        api(partner()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString(), "title", "Falsches Thema",
                        "sections", Map.of("transferPlan", java.util.List.of(step("Schritt", "ASTROLOGY")))))
                .when().post(CONCEPTS).then().statusCode(400).body("violations.field", contains("sections.transferPlan[0].topic"));
    }

    @Test
    void listFiltersAreValidatedAndSearchIsGermanFullText() {
        String id = createDraft("Werkstätten im Dorf");
        invalidRequest(partner()).queryParam("status", "FERTIG").when().get(CONCEPTS).then().statusCode(400)
                .body("violations.field", everyItem(containsString("status")));
        invalidRequest(partner()).queryParam("organisationId", "kalbe").when().get(CONCEPTS).then().statusCode(400)
                .body("violations.field", everyItem(containsString("organisationId")));
        invalidRequest(partner()).queryParam("size", 101).when().get(CONCEPTS).then().statusCode(400);
        // "Werkstatt" finds "Werkstätten" (German stemming)
        api(partner()).queryParam("q", "Werkstatt").queryParam("organisationId", organisation.toString()).when().get(CONCEPTS)
                .then().statusCode(200).body("items.id", contains(id));
        api(partner()).queryParam("q", "Raumfahrt").queryParam("organisationId", organisation.toString()).when().get(CONCEPTS)
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void unknownConceptsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        api().when().get(CONCEPTS + "/{id}", unknown).then().statusCode(404);
        transition(coordinator(), unknown, "APPROVED").statusCode(404);
        api(coordinator()).when().get(CONCEPTS + "/{id}/versions/1", unknown).then().statusCode(404);
    }
}
