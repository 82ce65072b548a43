package de.kreativland.transfer.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small limit (3 requests per 4 s) so that exceeding and reset can be shown; this instance trusts the local
 * proxy, so anonymous clients are keyed by their forwarded address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
class RateLimitTest extends ApiTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kl.rate-limit.requests", "3", "kl.rate-limit.period", "PT4S",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Test
    void exceedingTheLimitGives429WithRetryAfterUntilTheLimitResets() throws InterruptedException {
        String token = TestTokens.sign(TestTokens.claims("rate-limit-client", "ratelimit", "Rate Limit (Demo)", "integration"));
        // Warm up with another client, so that the first request of this one does not outlast the 4 s period.
        api(TestTokens.admin()).when().get("/api/v1/me").then().statusCode(200);
        for (int i = 2; i >= 0; i--) {
            api(token).when().get("/api/v1/me").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(i))
                    .header("RateLimit-Reset", notNullValue());
        }
        String retryAfter = api(token).when().get("/api/v1/me")
                .then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 5, retryAfter);

        // Another client is not affected by this one's requests.
        api(TestTokens.coordinator()).when().get("/api/v1/me").then().statusCode(200);

        // A role the endpoint refuses does not get around the limit: the request is counted first.
        String otherClient = TestTokens.sign(TestTokens.claims("rate-limit-client-2", "ratelimit2", "Rate Limit 2 (Demo)", "partner"));
        for (int i = 0; i < 3; i++) {
            api(otherClient).when().get("/api/v1/memberships").then().statusCode(403);
        }
        api(otherClient).when().get("/api/v1/memberships").then().statusCode(429).header("Retry-After", notNullValue());

        Thread.sleep(seconds * 1000);
        api(token).when().get("/api/v1/me").then().statusCode(200);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void behindATrustedProxyEachForwardedAddressHasItsOwnLimitKeptInTheDatabase() throws SQLException {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        // Requests from this forwarded address run into its limit (within a few requests, however slow the machine)...
        int status = 200;
        for (int i = 0; i < 20 && status != 429; i++) {
            status = api().header("X-Forwarded-For", address).when().get("/api/v1/partners?size=1").then().extract().statusCode();
        }
        assertEquals(429, status);
        // ...while another forwarded address, behind the same proxy, starts with a full bucket of its own.
        api().header("X-Forwarded-For", "198.51.100.9").when().get("/api/v1/partners?size=1").then().statusCode(200)
                .header("RateLimit-Remaining", "2");

        // The bucket is a row that every instance on this database reads and updates (not this JVM's memory).
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rows = connection.prepareStatement("select count(*) from rate_limit_bucket where id like ?")) {
            rows.setString(1, "%|address:" + address);
            try (ResultSet result = rows.executeQuery()) {
                result.next();
                assertEquals(1, result.getLong(1));
            }
        }
    }
}
