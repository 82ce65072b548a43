package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConceptCommentTest extends ConceptApiTest {

    private static ExtractableResponse<Response> comment(String token, String id, Map<String, Object> body, int status) {
        return api(token).contentType("application/json").body(body).when().post(CONCEPTS + "/{id}/comments", id)
                .then().statusCode(status).extract();
    }

    @Test
    void assignedCoachCommentsPartnerRepliesAndTheThreadIsResolved() {
        String id = createDraft("Kommentiert");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        ExtractableResponse<Response> created = comment(coach(), id,
                Map.of("section", "FINANCING", "versionNumber", 1, "body", "Wie wird der Eigenanteil gedeckt?"), 201);
        String commentId = created.path("id");
        assertTrue(created.header("Location").endsWith(CONCEPTS + "/" + id + "/comments/" + commentId), created.header("Location"));
        assertTrue(created.header("ETag") != null);

        comment(partner(), id, Map.of("parentId", commentId, "body", "Über Mitgliedsbeiträge und Spenden."), 201);
        api(partner()).when().get(CONCEPTS + "/{id}/comments", id).then().statusCode(200)
                .body("items.authorName", contains("Clara Coach (Demo)", "Paula Prüfer (Test)"))
                .body("items[1].parentId", equalTo(commentId))
                .body("items[1].section", equalTo("FINANCING")).body("items[1].versionNumber", equalTo(1))
                .body("items.resolved", contains(false, false));

        String etag = api(coach()).when().get(CONCEPTS + "/{id}/comments/{c}", id, commentId).then().statusCode(200)
                .extract().header("ETag");
invalidRequest().header("Authorization", TestTokens.bearer(coach())).contentType("application/json").body(Map.of("resolved", true))
                .when().patch(CONCEPTS + "/{id}/comments/{c}", id, commentId).then().statusCode(428);
        api(coach()).contentType("application/json").header("If-Match", etag).body(Map.of("resolved", true))
                .when().patch(CONCEPTS + "/{id}/comments/{c}", id, commentId).then().statusCode(200)
                .body("resolved", equalTo(true)).body("resolvedAt", notNullValue());
        api(partner()).contentType("application/json").header("If-Match", etag).body(Map.of("resolved", false))
                .when().patch(CONCEPTS + "/{id}/comments/{c}", id, commentId).then().statusCode(412);
        api(partner()).queryParam("resolved", "false").when().get(CONCEPTS + "/{id}/comments", id).then().statusCode(200)
                .body("items", hasSize(1));
        api(coordinator()).queryParam("section", "FINANCING").queryParam("versionNumber", 1).when().get(CONCEPTS + "/{id}/comments", id)
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void coachNotAssignedToTheOrganisationCannotComment() {
        String id = createDraft("Fremder Coach");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        // the draft is invisible to a coach of other organisations
        comment(otherCoach(), id, Map.of("section", "OFFER", "versionNumber", 1, "body", "Von außen"), 404);
        api(otherCoach()).when().get(CONCEPTS + "/{id}/comments", id).then().statusCode(404);
        transition(otherCoach(), id, "CHANGES_REQUESTED").statusCode(404);

        String published = publishedWithTwoVersions("Öffentlich kommentiert");
        // a published concept is readable, but the coach still may not comment or read the comments
        comment(otherCoach(), published, Map.of("section", "OFFER", "versionNumber", 2, "body", "Von außen"), 403);
        api(otherCoach()).when().get(CONCEPTS + "/{id}/comments", published).then().statusCode(403);
        comment(otherPartner(), published, Map.of("section", "OFFER", "versionNumber", 2, "body", "Auch von außen"), 403);
        comment(coach(), published, Map.of("section", "OFFER", "versionNumber", 2, "body", "Schön geworden"), 201);
    }

    @Test
    void publishedConceptsShowNoComments() {
        String id = publishedWithTwoVersions("Ohne Kommentare");
        comment(coach(), id, Map.of("section", "OFFER", "versionNumber", 2, "body", "Intern"), 201);
        api().when().get(CONCEPTS + "/{id}", id).then().statusCode(200);
        api().when().get(CONCEPTS + "/{id}/comments", id).then().statusCode(401);
    }

    @Test
    void commentsNeedASectionAndASubmittedVersion() {
        String id = createDraft("Anker");
        comment(coach(), id, Map.of("section", "OFFER", "versionNumber", 1, "body", "Zu früh"), 400);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        api(coach()).contentType("application/json").body(Map.of("section", "OFFER", "versionNumber", 2, "body", "Zukunft"))
                .when().post(CONCEPTS + "/{id}/comments", id).then().statusCode(400).body("violations.field", contains("versionNumber"));
        api(coach()).contentType("application/json").body(Map.of("versionNumber", 1, "body", "Ohne Abschnitt"))
                .when().post(CONCEPTS + "/{id}/comments", id).then().statusCode(400).body("violations.field", contains("section"));
        invalidRequest(coach()).contentType("application/json").body(Map.of("section", "VORWORT", "versionNumber", 1, "body", "x"))
                .when().post(CONCEPTS + "/{id}/comments", id).then().statusCode(400).body("violations.field", contains("section"));
        api(coach()).contentType("application/json")
                .body(Map.of("parentId", java.util.UUID.randomUUID().toString(), "body", "Antwort ins Leere"))
                .when().post(CONCEPTS + "/{id}/comments", id).then().statusCode(400).body("violations.field", contains("parentId"));
    }
}
