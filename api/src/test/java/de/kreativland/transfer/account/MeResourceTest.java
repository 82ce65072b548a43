package de.kreativland.transfer.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest extends ApiTest {

    @Test
    void withoutTokenIsUnauthorizedProblem() {
        api().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Nicht angemeldet"));
    }

    @Test
    void partnerSeesNameRoleAndOrganisation() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo(TestTokens.PARTNER_KALBE))
                .body("username", equalTo("partner"))
                .body("name", equalTo("Paula Partner (Demo)"))
                .body("roles", contains("partner"))
                .body("organisation.name", equalTo("Künstlerstadt Kalbe e.V."));
    }

    @Test
    void secondPartnerSeesItsOwnOrganisation() {
        api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisation.name", equalTo("Künstlerkolonie Fichtelgebirge e.V."));
    }

    @Test
    void coordinatorBelongsToNoOrganisation() {
        api(TestTokens.coordinator()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("coordinator"))
                .body("organisation", nullValue());
    }

    @Test
    void advisorSeesTheStatesOfItsToken() {
        api(TestTokens.advisorSaxony()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("advisor"))
                .body("states", contains("SN"));
    }

    @Test
    void rolesOutsideTheProgrammeAreNotReported() {
        String token = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)",
                "coach", "offline_access", "uma_authorization", "default-roles-kreativland"));
        api(token).when().get("/api/v1/me").then().statusCode(200).body("roles", contains("coach"));
    }
}
