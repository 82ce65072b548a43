package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * OWASP API8:2023 Security Misconfiguration: CORS names only configured origins, errors are problems without stack
 * traces or class names, methods nobody documented are refused. Headers on every answer: security/SecurityHeadersTest;
 * management endpoints off the API port: common/ManagementEndpointsTest.
 */
@QuarkusTest
class Api8SecurityMisconfigurationTest extends ApiTest {
    @Test
    void aForeignOriginGetsNoCorsPermission() {
        RestAssured.given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/partners").then().header("Access-Control-Allow-Origin", allOf(not(equalTo("*")), not(equalTo("https://evil.example.com"))));
        RestAssured.given().header("Origin", "https://evil.example.com").when().get("/api/v1/partners")
                .then().header("Access-Control-Allow-Origin", nullValue());
        RestAssured.given().header("Origin", "http://localhost:5173").when().get("/api/v1/partners")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void errorsNameNoInternals() {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v1/partners/not-a-uuid", "/api/v1/transfer-concepts/00000000-0000-0000-0000-000000000000"}) {
            RestAssured.given().when().get(path).then().statusCode(anyOf(equalTo(400), equalTo(404)))
                    .contentType("application/problem+json")
                    .body(not(containsString("Exception"))).body(not(containsString("at de.kreativland"))).body(not(containsString("java.")));
        }
        RestAssured.given().contentType("application/json").body("{\"organisationId\": 12").when().post("/api/v1/transfer-concepts")
                .then().body(not(containsString("Exception"))).body(not(containsString("com.fasterxml")));
    }

    @Test
    void traceIsRefused() {
        RestAssured.given().when().request("TRACE", "/api/v1/partners").then().statusCode(anyOf(equalTo(405), equalTo(404), equalTo(501)));
    }
}
