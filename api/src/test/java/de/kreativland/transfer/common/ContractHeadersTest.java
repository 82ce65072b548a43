package de.kreativland.transfer.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the contract promises on every response: the RateLimit headers (also on 401 and 403), the CORS
 * origin for the web client, and problems within the documented lengths.
 */
@QuarkusTest
class ContractHeadersTest extends ApiTest {
    private static final String WEB_CLIENT = "http://localhost:5173";

    private static void assertRateLimitHeaders(Response response) {
        long limit = Long.parseLong(response.header("RateLimit-Limit"));
        long remaining = Long.parseLong(response.header("RateLimit-Remaining"));
        long reset = Long.parseLong(response.header("RateLimit-Reset"));
        assertTrue(limit >= 1 && limit <= RateLimiter.MAX_REQUESTS, "limit " + limit);
        assertTrue(remaining >= 0 && remaining <= limit, "remaining " + remaining);
        assertTrue(reset >= 0 && reset <= RateLimiter.MAX_PERIOD.toSeconds(), "reset " + reset);
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeadersErrorsIncluded() {
        assertRateLimitHeaders(api().when().get("/api/v1/partners").then().statusCode(200).extract().response());
        assertRateLimitHeaders(invalidRequest().queryParam("size", 1000).when().get("/api/v1/partners")
                .then().statusCode(400).extract().response());
        assertRateLimitHeaders(api().when().get("/api/v1/me").then().statusCode(401).extract().response());
        assertRateLimitHeaders(api("not-a-token").when().get("/api/v1/partners").then().statusCode(401).extract().response());
        assertRateLimitHeaders(api(TestTokens.partnerKalbe()).when().get("/api/v1/memberships").then().statusCode(403).extract().response());
        assertRateLimitHeaders(api(TestTokens.admin()).when().get("/api/v1/organisations/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).extract().response());
    }

    @Test
    void publicOperationRefusesAnInvalidTokenWith401() {
        api("not-a-token").when().get("/api/v1/partners")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void webClientOriginIsAnsweredAndMayReadTheRateLimitHeaders() {
        api().header("Origin", WEB_CLIENT).when().get("/api/v1/partners").then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEB_CLIENT)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Reset"));
        api(TestTokens.partnerKalbe()).header("Origin", WEB_CLIENT).when().get("/api/v1/memberships").then().statusCode(403)
                .header("Access-Control-Allow-Origin", WEB_CLIENT);
        api().when().get("/api/v1/partners").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void problemQuotingAnOverlongFieldNameStaysWithinTheDocumentedLength() {
        // The response is checked against openapi.yaml, whose maxLength for violation fields is 200.
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(Map.of("x".repeat(5000), 1)).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field.length()", lessThanOrEqualTo(ProblemLimits.MAX_FIELD))
                .body("violations[0].field", containsString("xxx"))
                .body("detail.length()", lessThanOrEqualTo(ProblemLimits.MAX_DETAIL));
    }

    @Test
    void overlongIfMatchIsRefusedNamingTheHeader() {
        String id = api(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "If-Match-Test", "kind", "ASSOCIATION", "submarkets", java.util.List.of(), "town", "Kalbe",
                        "state", "ST"))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).header("If-Match", "\"" + "1".repeat(300) + "\"")
                .contentType("application/json")
                .body(Map.of("name", "If-Match-Test 2", "kind", "ASSOCIATION", "submarkets", java.util.List.of(), "town", "Kalbe",
                        "state", "ST"))
                .when().put("/api/v1/organisations/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString("If-Match"))
                .body("violations[0].in", notNullValue());
    }

    @Test
    void dateLongerThanTheContractsTenCharactersIsRefusedNamingTheField() {
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(Map.of("name", "Fünfstelliges Jahr", "startsOn", "+10000-01-01", "endsOn", "2031-12-31"))
                .when().post("/api/v1/reporting-periods")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("startsOn"));
        invalidRequest().queryParam("from", "+10000-01-01").queryParam("to", "+10000-12-31").when().get("/api/v1/outreach-report")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("from")).body("violations[0].in", equalTo("query"));
        api(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("name", "Vierstelliges Jahr", "startsOn", "2031-01-01", "endsOn", "2031-12-31"))
                .when().post("/api/v1/reporting-periods").then().statusCode(201).body("startsOn", equalTo("2031-01-01"));
    }
}
