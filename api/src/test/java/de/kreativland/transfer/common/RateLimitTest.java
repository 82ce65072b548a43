package de.kreativland.transfer.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small limit (3 requests per 4 s) so that exceeding and reset can be shown. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
class RateLimitTest extends ApiTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kl.rate-limit.requests", "3", "kl.rate-limit.period", "PT4S");
        }
    }

    @Test
    void exceedingTheLimitGives429WithRetryAfterUntilTheLimitResets() throws InterruptedException {
        String token = TestTokens.sign(TestTokens.claims("rate-limit-client", "ratelimit", "Rate Limit (Demo)", "integration"));
        for (int i = 2; i >= 0; i--) {
            api(token).when().get("/api/v1/me").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(i));
        }
        String retryAfter = api(token).when().get("/api/v1/me")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 5, retryAfter);

        // Another client is not affected by this one's requests.
        api(TestTokens.coordinator()).when().get("/api/v1/me").then().statusCode(200);

        Thread.sleep(seconds * 1000);
        api(token).when().get("/api/v1/me").then().statusCode(200);
    }
}
