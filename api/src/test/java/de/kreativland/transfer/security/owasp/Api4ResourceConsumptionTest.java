package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.containsString;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: page sizes and page numbers are capped on every list, bodies are
 * capped, search texts are capped. The per-client rate limit (429 with Retry-After): common/RateLimitTest.
 */
@QuarkusTest
class Api4ResourceConsumptionTest extends ApiTest {
    @Test
    void noListHandsOutMoreThanItsMaximumPage() {
        for (String list : List.of("/api/v1/partners", "/api/v1/transfer-concepts", "/api/v1/learning-modules", "/api/v1/indicators")) {
            invalidRequest().queryParam("size", 100000).when().get(list).then().statusCode(400).body(containsString("size"));
            invalidRequest().queryParam("page", Integer.MAX_VALUE).when().get(list).then().statusCode(400).body(containsString("page"));
        }
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() {
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(twelveMegabytes, (byte) 'a');
        int status;
        try {
            status = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe())).contentType(ContentType.JSON)
                    .body(twelveMegabytes).when().post("/api/v1/transfer-concepts").then().extract().statusCode();
        } catch (Exception e) {
            // the server answered 413 and closed the connection while the client was still sending
            org.junit.jupiter.api.Assertions.assertTrue(e instanceof java.net.SocketException || e.getCause() instanceof java.net.SocketException
                    || String.valueOf(e.getMessage()).contains("Broken pipe"), e.toString());
            return;
        }
        org.junit.jupiter.api.Assertions.assertEquals(413, status);
    }

    @Test
    void aSearchTextIsCapped() {
        RestAssured.given().queryParam("q", "a".repeat(300)).when().get("/api/v1/transfer-concepts").then().statusCode(400).body(containsString("q"));
    }
}
