package de.kreativland.transfer.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Browsers never sniff or frame an answer, and answers to requests with credentials are never cached. */
@QuarkusTest
class SecurityHeadersTest extends ApiTest {
    @Test
    void authorisedAnswersAreNotStoredAndNotSniffed() {
        api(TestTokens.coordinator()).when().get("/api/v1/organisations").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        api(TestTokens.coordinator()).accept("text/csv").when().get("/api/v1/organisations").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void refusalsCarryTheHeadersToo() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/metric-events").then().statusCode(403)
                .header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"));
        RestAssured.given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/organisations").then().statusCode(401)
                .header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void anonymousPublicAnswersAreNotSniffedButMayBeCached() {
        api().when().get("/api/v1/partners").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", nullValue());
    }
}
