package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication. Only an unexpired access token that this realm signed for this API is
 * accepted; everything else is 401 problem+json. Wrong key, malformed and audience-less tokens: common/TokenVerificationTest.
 */
@QuarkusTest
class Api2BrokenAuthenticationTest extends ApiTest {
    private static void refused(String token) {
        api(token).when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    private static String partner() {
        return TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner"));
    }

    @Test
    void theGenuineAccessTokenIsAccepted() {
        api(partner()).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))));
    }

    @Test
    void aTokenOfAForeignIssuerIsRefused() {
        refused(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner").issuer("https://evil.example.com/realms/kreativland")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner").audience("kreativland-web")));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String signed = partner();
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + payload + ".");
    }

    @Test
    void anIdTokenIsRefusedEvenWithTheApiAudience() {
        refused(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner").claim("typ", "ID")));
    }

    @Test
    void aRefreshTokenIsRefusedEvenWithTheApiAudience() {
        refused(TestTokens.sign(TestTokens.claims(TestTokens.PARTNER_KALBE, "partner", "Paula", "partner").claim("typ", "Refresh")));
    }
}
