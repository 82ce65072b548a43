package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationTest extends ApiTest {
    private static final String INVITATIONS = "/api/v1/membership-invitations";
    private static final String REDEMPTIONS = INVITATIONS + "/redemptions";

    /** A partner account with no organisation yet (a fresh subject each run). */
    private static String newcomer(String subject) {
        return TestTokens.sign(TestTokens.claims(subject, "newcomer", "Nora Neu (Demo)", "partner"));
    }

    private static JsonPath invite(String organisationId, String role) {
        return api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("organisationId", organisationId, "role", role))
                .when().post(INVITATIONS)
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract().jsonPath();
    }

    @Test
    void aPartnerRedeemsAnInvitationAndThenBelongsToTheOrganisationWithNameAndRolesShownToAdmins() {
        String subject = UUID.randomUUID().toString();
        JsonPath invitation = invite(Organisations.HALDERN, "PARTNER");
        String code = invitation.getString("code");

        api(newcomer(subject)).when().get("/api/v1/me").then().statusCode(200).body("organisation", equalTo(null));
        api(newcomer(subject)).contentType("application/json").body(Map.of("code", code))
                .when().post(REDEMPTIONS)
                .then().statusCode(201)
                .body("subject", equalTo(subject))
                .body("organisation.name", equalTo("Haldern Pop"));
        api(newcomer(subject)).when().get("/api/v1/me").then().statusCode(200).body("organisation.name", equalTo("Haldern Pop"));

        api(TestTokens.admin()).queryParam("organisationId", Organisations.HALDERN).queryParam("size", 100)
                .when().get("/api/v1/memberships")
                .then().statusCode(200)
                .body("items.find { it.subject == '" + subject + "' }.memberName", equalTo("Nora Neu (Demo)"))
                .body("items.find { it.subject == '" + subject + "' }.memberRoles", equalTo("partner"))
                .body("items.organisation.name", not(hasItem("Künstlerstadt Kalbe e.V.")));
        api(TestTokens.admin()).when().get(INVITATIONS + "/{id}", invitation.getString("id"))
                .then().statusCode(200)
                .body("status", equalTo("REDEEMED"))
                .body("redeemedBy", equalTo(subject));
    }

    @Test
    void anInvitationWorksOnce() {
        String code = invite(Organisations.HALDERN, "PARTNER").getString("code");
        api(newcomer(UUID.randomUUID().toString())).contentType("application/json").body(Map.of("code", code))
                .when().post(REDEMPTIONS).then().statusCode(201);
        api(newcomer(UUID.randomUUID().toString())).contentType("application/json").body(Map.of("code", code))
                .when().post(REDEMPTIONS).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRevokedInvitationCannotBeRedeemedAndRevokingNeedsTheCurrentVersion() {
        JsonPath invitation = invite(Organisations.KALBE, "PARTNER");
        String id = invitation.getString("id");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .when().delete(INVITATIONS + "/{id}", id).then().statusCode(428);
        api(TestTokens.admin()).header("If-Match", "\"7\"").when().delete(INVITATIONS + "/{id}", id).then().statusCode(412);
        api(TestTokens.admin()).header("If-Match", "\"0\"").when().delete(INVITATIONS + "/{id}", id).then().statusCode(204);
        api(newcomer(UUID.randomUUID().toString())).contentType("application/json").body(Map.of("code", invitation.getString("code")))
                .when().post(REDEMPTIONS).then().statusCode(409);
        api(TestTokens.admin()).when().get(INVITATIONS + "/{id}", id).then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void onlyAPersonWithTheInvitedRoleRedeemsIt() {
        String code = invite(Organisations.KALBE, "COACH").getString("code");
        api(newcomer(UUID.randomUUID().toString())).contentType("application/json").body(Map.of("code", code))
                .when().post(REDEMPTIONS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        api(newcomer(UUID.randomUUID().toString())).contentType("application/json")
                .body(Map.of("code", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .when().post(REDEMPTIONS).then().statusCode(404);
        api(TestTokens.admin()).when().get(INVITATIONS + "/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyAdminsCreateListAndRevokeInvitations() {
        for (String token : new String[] {TestTokens.coordinator(), TestTokens.partnerKalbe(), TestTokens.advisorSaxony()}) {
            api(token).contentType("application/json").body(Map.of("organisationId", Organisations.KALBE, "role", "PARTNER"))
                    .when().post(INVITATIONS).then().statusCode(403);
            api(token).when().get(INVITATIONS).then().statusCode(403);
        }
        String id = invite(Organisations.KALBE, "PARTNER").getString("id");
        api(TestTokens.coordinator()).header("If-Match", "\"0\"").when().delete(INVITATIONS + "/{id}", id).then().statusCode(403);
        api(TestTokens.coordinator()).contentType("application/json").body(Map.of("code", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .when().post(REDEMPTIONS).then().statusCode(403);
    }

    @Test
    void anInvitationNamesAnExistingOrganisation() {
        api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("organisationId", UUID.randomUUID().toString(), "role", "PARTNER"))
                .when().post(INVITATIONS)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("organisationId"));
    }
}
