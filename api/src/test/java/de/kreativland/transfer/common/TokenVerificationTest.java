package de.kreativland.transfer.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of unacceptable token is refused with 401 problem+json, never 500; a missing role is 403. */
@QuarkusTest
class TokenVerificationTest extends ApiTest {

    private static void assertUnauthorized(String token) {
        api(token).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsRefused() {
        assertUnauthorized(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner")
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        assertUnauthorized(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner")
                .jws().keyId("1").sign(TestTokens.otherKey().getPrivate()));
    }

    @Test
    void tokenIssuedByAnotherRealmIsRefused() {
        assertUnauthorized(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner")
                .issuer("https://server.example.com/realms/another-realm")));
    }

    @Test
    void tokenMintedForAnotherClientIsRefused() {
        assertUnauthorized(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner")
                .audience("account")));
    }

    @Test
    void tokenWithoutAudienceIsRefused() {
        assertUnauthorized(TestTokens.sign(Jwt.issuer(TestTokens.ISSUER).subject(TestTokens.PARTNER_KALBE)
                .claim("realm_access", Map.of("roles", List.of("partner")))
                .expiresAt(Instant.now().plusSeconds(300))));
    }

    @Test
    void malformedTokenIsRefused() {
        assertUnauthorized("not-a-jwt");
    }

    @Test
    void validTokenWithARoleLackingPermissionIsForbidden() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/memberships")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void adminListsMemberships() {
        api(TestTokens.admin()).when().get("/api/v1/memberships")
                .then().statusCode(200)
                .body("totalItems", greaterThan(1))
                .body("items.find { it.subject == '" + TestTokens.PARTNER_KALBE + "' }.organisation.name",
                        equalTo("Künstlerstadt Kalbe e.V."));
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        io.restassured.RestAssured.given().when().get("/api/v1/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
