package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A published concept is revised as a new version while the published one stays public until the next is published. */
@QuarkusTest
class ConceptRevisionTest extends ConceptApiTest {

    @Test
    void ownersReviseAPublishedConceptWhileThePublicKeepsReadingThePublishedVersion() {
        String id = publishedWithTwoVersions("Künstlerstadt auf Zeit");
        api(partner()).when().get(CONCEPTS + "/{id}", id).then().body("availableTransitions", contains("DRAFT"));

        // neither another organisation's partner nor the coach starts a new version
        transition(otherPartner(), id, "DRAFT").statusCode(403);
        transition(coach(), id, "DRAFT").statusCode(403)
                .body("detail", containsString("Only members of the concept's organisation and coordinators start a new version"));

        api(partner()).contentType("application/json").header("If-Match", etag(partner(), id))
                .body(Map.of("to", "DRAFT", "note", "Neue Förderperiode einarbeiten"))
                .when().post(CONCEPTS + "/{id}/transitions", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("currentVersionNumber", equalTo(2))
                .body("publishedVersionNumber", equalTo(2)).body("availableTransitions", contains("IN_REVIEW"));
        put(partner(), id, "Künstlerstadt auf Dauer", sections("drei")).statusCode(200).body("sections.offer", containsString("drei"));
        // the organisation may not archive what the public reads
        transition(partner(), id, "ARCHIVED").statusCode(403).body("detail", containsString("drafts never published"));

        // the public still reads version 2, as PUBLISHED, in the page, the list and the version list
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(200)
                .body("title", equalTo("Künstlerstadt auf Zeit")).body("status", equalTo("PUBLISHED"))
                .body("shownVersionNumber", equalTo(2)).body("sections.offer", containsString("zwei"));
        api().queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", contains(id)).body("items.title", contains("Künstlerstadt auf Zeit"))
                .body("items.status", contains("PUBLISHED"));
        api().queryParam("organisationId", organisation.toString()).queryParam("status", "PUBLISHED").when().get(CONCEPTS)
                .then().statusCode(200).body("items.id", contains(id));
        api().when().get(CONCEPTS + "/{id}/versions", id).then().statusCode(200).body("items.number", contains(2));
        // the organisation reads its working copy
        api(partner()).queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then()
                .body("items.title", contains("Künstlerstadt auf Dauer")).body("items.status", contains("DRAFT"));

        // version 3 goes through review again; the public keeps version 2 until it is published
        transition(partner(), id, "IN_REVIEW").statusCode(200).body("currentVersionNumber", equalTo(3));
        transition(partner(), id, "APPROVED").statusCode(403);
        transition(coordinator(), id, "APPROVED").statusCode(200);
        api().when().get(CONCEPTS + "/{id}", id).then().body("shownVersionNumber", equalTo(2))
                .body("title", equalTo("Künstlerstadt auf Zeit"));
        transition(coordinator(), id, "PUBLISHED").statusCode(200).body("publishedVersionNumber", equalTo(3));
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(200)
                .body("title", equalTo("Künstlerstadt auf Dauer")).body("shownVersionNumber", equalTo(3))
                .body("sections.offer", containsString("drei"));
        api().when().get(CONCEPTS + "/{id}/versions", id).then().body("items.number", contains(3));
        api().when().get(CONCEPTS + "/{id}/versions/2", id).then().statusCode(404);

        // the version history and the diff cover the revision, and the history keeps the note
        api(partner()).when().get(CONCEPTS + "/{id}/versions", id).then().body("items.number", contains(3, 2, 1))
                .body("items.published", contains(true, false, false));
        api(partner()).queryParam("from", 2).queryParam("to", 3).when().get(CONCEPTS + "/{id}/diff", id).then().statusCode(200)
                .body("titleChanged", equalTo(true)).body("changedSections", hasItem("OFFER"));
        api(coach()).when().get(CONCEPTS + "/{id}/transitions", id).then().statusCode(200)
                .body("items.to", contains("IN_REVIEW", "CHANGES_REQUESTED", "IN_REVIEW", "APPROVED", "PUBLISHED",
                        "DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED"))
                .body("items.note", hasItem("Neue Förderperiode einarbeiten"));
    }

    @Test
    void onlyAPublishedConceptStartsANewVersion() {
        String id = createDraft("Noch nie veröffentlicht");
        transition(partner(), id, "DRAFT").statusCode(409).body("allowedTransitions", contains("IN_REVIEW", "ARCHIVED"));
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(coordinator(), id, "APPROVED").statusCode(200);
        transition(coordinator(), id, "DRAFT").statusCode(409).body("allowedTransitions", not(hasItem("DRAFT")));
    }

    @Test
    void anArchivedConceptIsNoLongerPublicEvenAfterARevision() {
        String id = publishedWithTwoVersions("Bald archiviert");
        transition(coordinator(), id, "DRAFT").statusCode(200).body("status", equalTo("DRAFT"));
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        // tandems still apply the published version while it is revised
        api(coordinator()).when().get(CONCEPTS + "/{id}/tandem-suggestions", id).then().statusCode(200);
        transition(coordinator(), id, "ARCHIVED").statusCode(200);
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(404);
        api().queryParam("organisationId", organisation.toString()).when().get(CONCEPTS).then().body("items.id", not(hasItem(id)));
    }
}
