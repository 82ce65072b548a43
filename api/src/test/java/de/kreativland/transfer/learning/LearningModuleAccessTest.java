package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningModuleAccessTest extends LearningTest {

    @Test
    void anonymousReadsPublicPublishedModuleThroughItsStableSlug() {
        api().when().get(MODULES + "/" + FOERDERUNG_SLUG)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(FOERDERUNG))
                .body("licence", equalTo("CC_BY_SA_4_0"))
                .body("authors.name", contains("Fritz Förder (Demo)", "E-WERK Luckenwalde"))
                .body("bodyHtml", containsString("<h2>Worum es geht</h2>"))
                .body("allowedTransitions", empty())
                .body("editable", equalTo(false));
        api().when().get(MODULES + "/" + FOERDERUNG).then().statusCode(200).body("slug", equalTo(FOERDERUNG_SLUG));
    }

    @Test
    void anonymousGetsNotFoundForDraftsAndParticipantsModules() {
        api().when().get(MODULES + "/" + CROWDFUNDING_DRAFT).then().statusCode(404);
        api().when().get(MODULES + "/crowdfunding-fuer-kulturorte").then().statusCode(404);
        api().when().get(MODULES + "/" + ROLES_PARTICIPANTS_ONLY).then().statusCode(404);
        api().when().get(MODULES + "/rollen-und-verantwortung-im-verein-klaeren").then().statusCode(404);
        api(integration()).when().get(MODULES + "/" + ROLES_PARTICIPANTS_ONLY).then().statusCode(404);
    }

    @Test
    void partnerReadsParticipantsModulesButNotOthersDrafts() {
        api(TestTokens.partnerKalbe()).when().get(MODULES + "/" + ROLES_PARTICIPANTS_ONLY)
                .then().statusCode(200).body("visibility", equalTo("PARTICIPANTS"));
        api(TestTokens.partnerKalbe()).when().get(MODULES + "/" + CROWDFUNDING_DRAFT).then().statusCode(404);
    }

    @Test
    void authorsAndStaffReadDraftsOtherCoachesDoNot() {
        api(clara()).when().get(MODULES + "/" + CROWDFUNDING_DRAFT)
                .then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("editable", equalTo(true))
                .body("allowedTransitions", contains("IN_REVIEW"));
        api(TestTokens.coordinator()).when().get(MODULES + "/" + CROWDFUNDING_DRAFT).then().statusCode(200);
        api(otherCoach()).when().get(MODULES + "/" + CROWDFUNDING_DRAFT).then().statusCode(404);
    }

    @Test
    void coachesAuthorAndSubmitOnlyCoordinatorsPublish() {
        String title = unique("Newsletter aufbauen");
        String id = json(clara()).body(moduleInput(title, "Text")).when().post(MODULES)
                .then().statusCode(201)
                .header("Location", containsString(MODULES + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("licence", equalTo("CC_BY_SA_4_0"))
                .body("authors[0].id", equalTo(CLARA))
                .extract().path("id");
        transition(clara(), id, "IN_REVIEW");
        json(clara()).header("If-Match", etag(id)).body(Map.of("to", "PUBLISHED")).when().post(MODULES + "/" + id + "/transitions").then().statusCode(403);
        api().when().get(MODULES + "/" + id).then().statusCode(404);
        json(TestTokens.coordinator()).header("If-Match", etag(id)).body(Map.of("to", "PUBLISHED")).when().post(MODULES + "/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        api().when().get(MODULES + "/" + id).then().statusCode(200).body("title", equalTo(title));
        json(TestTokens.coordinator()).header("If-Match", etag(id)).body(Map.of("to", "DRAFT")).when().post(MODULES + "/" + id + "/transitions")
                .then().statusCode(409).body("allowedTransitions", contains("ARCHIVED"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = draftByClara(unique("Versionen"), "Erste Fassung");
        String etag = api(clara()).when().get(MODULES + "/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = moduleInput(unique("Versionen"), "Zweite Fassung");
        invalidRequest().header("Authorization", TestTokens.bearer(clara())).contentType(ContentType.JSON).body(change)
                .when().put(MODULES + "/" + id).then().statusCode(428);
        json(clara()).header("If-Match", "\"999\"").body(change).when().put(MODULES + "/" + id).then().statusCode(412);
        json(clara()).header("If-Match", etag).body(change).when().put(MODULES + "/" + id)
                .then().statusCode(200).body("bodyMarkdown", equalTo("Zweite Fassung"));
    }

    @Test
    void authorsCannotChangePublishedModulesButCoordinatorsCan() {
        String id = publishedByClara(unique("Veröffentlicht"), "Text");
        String etag = api(clara()).when().get(MODULES + "/" + id).then().statusCode(200).extract().header("ETag");
        json(clara()).header("If-Match", etag).body(moduleInput(unique("Geändert"), "Neu")).when().put(MODULES + "/" + id)
                .then().statusCode(409);
        json(TestTokens.coordinator()).header("If-Match", etag).body(moduleInput(unique("Korrigiert"), "Neu"))
                .when().put(MODULES + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void partnersAuthorForTheirOwnOrganisationOnly() {
        Map<String, Object> forOther = moduleInput(unique("Fremd"), "Text");
        forOther.put("authors", List.of(Map.of("organisationId", FICHTELGEBIRGE)));
        json(TestTokens.partnerKalbe()).body(forOther).when().post(MODULES)
                .then().statusCode(403).body("violations[0].field", equalTo("authors"));
        Map<String, Object> own = moduleInput(unique("Eigen"), "Text");
        own.put("authors", List.of(Map.of("organisationId", KALBE), Map.of("coachId", MARA)));
        json(TestTokens.partnerKalbe()).body(own).when().post(MODULES)
                .then().statusCode(201).body("authors.kind", contains("ORGANISATION", "COACH"));
        // another coach is no author of Clara's draft
        String etag = api(clara()).when().get(MODULES + "/" + CROWDFUNDING_DRAFT).then().extract().header("ETag");
        json(otherCoach()).header("If-Match", etag).body(moduleInput("x", "y")).when().put(MODULES + "/" + CROWDFUNDING_DRAFT)
                .then().statusCode(404);
    }

    @Test
    void anonymousAndAdvisorsCannotAuthor() {
        api().contentType(ContentType.JSON).body(moduleInput(unique("Anonym"), "x")).when().post(MODULES).then().statusCode(401);
        json(TestTokens.advisorSaxony()).body(moduleInput(unique("Berater"), "x")).when().post(MODULES).then().statusCode(403);
    }

    @Test
    void invalidModulesAreRefusedNamingTheField() {
        Map<String, Object> input = moduleInput(unique("Ungültig"), "x");
        input.put("topics", List.of("ASTROLOGY"));
        json(clara()).body(input).when().post(MODULES).then().statusCode(400).body("violations[0].field", equalTo("topics"));
        Map<String, Object> badFormat = moduleInput(unique("Ungültig"), "x");
        badFormat.put("format", "PODCAST");
        invalidRequest().header("Authorization", TestTokens.bearer(clara())).contentType(ContentType.JSON).body(badFormat)
                .when().post(MODULES).then().statusCode(400).body("violations[0].field", equalTo("format"));
    }

    @Test
    void aCoordinatorPublishesOnlyTheVersionTheyReviewed() {
        String id = draftByClara("Geprüfte Fassung " + System.nanoTime(), "Erste Fassung.");
        transition(clara(), id, "IN_REVIEW");
        String reviewed = etag(id);
        String claras = api(clara()).when().get(MODULES + "/" + id).then().statusCode(200).extract().header("ETag");
        json(clara()).header("If-Match", claras).body(moduleInput("Geänderte Fassung", "Nach Beginn der Prüfung geändert."))
                .when().put(MODULES + "/" + id).then().statusCode(200);

        json(TestTokens.coordinator()).header("If-Match", reviewed).body(Map.of("to", "PUBLISHED"))
                .when().post(MODULES + "/" + id + "/transitions").then().statusCode(412);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON)
                .body(Map.of("to", "PUBLISHED")).when().post(MODULES + "/" + id + "/transitions").then().statusCode(428);
        api(TestTokens.coordinator()).when().get(MODULES + "/" + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }
}
