package de.kreativland.transfer.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One {@code @Retiring} on a method gives both the behaviour (Deprecation, Sunset and Link headers)
 * and the contract (deprecated: true, the headers documented). Uses the test-only
 * RetiringExampleResource, which this profile lets into the OpenAPI scan.
 */
@QuarkusTest
@TestProfile(RetiringTest.WithTestOnlyResources.class)
class RetiringTest {
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    private static final String OLD = "/paths/~1api~1v1~1retiring-example~1greeting/get";

    public static class WithTestOnlyResources implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.openapi.scan.exclude.packages", "");
        }
    }

    @Test
    void aRetiringOperationAnswersWithDeprecationSunsetAndLinkHeaders() {
        RestAssured.given().when().get("/api/v1/retiring-example/greeting")
                .then().statusCode(200).body("text", equalTo("hello"))
                .header("Deprecation", "@1768435200")
                .header("Sunset", "Wed, 15 Jul 2026 00:00:00 GMT")
                .header("Link", notNullValue());
        var links = RestAssured.given().when().get("/api/v1/retiring-example/greeting").then().extract().headers().getValues("Link");
        assertThat(links, hasItems(
                "</api/v1/retiring-example/greetings/en>; rel=\"successor-version\"",
                "<https://kreativland.example/api-changes#greeting>; rel=\"deprecation\"; type=\"text/html\""));
    }

    @Test
    void errorAnswersOfARetiringOperationCarryTheHeadersToo() {
        RestAssured.given().when().get("/api/v1/retiring-example/greeting/fr")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Deprecation", "@1768435200")
                .header("Sunset", "Thu, 31 Dec 2026 00:00:00 GMT")
                .header("Link", "</api/v1/retiring-example/greetings/{language}>; rel=\"successor-version\"");
    }

    @Test
    void theSuccessorHasNoDeprecationHeaders() {
        RestAssured.given().when().get("/api/v1/retiring-example/greetings/en")
                .then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue()).header("Link", nullValue());
    }

    @Test
    void theContractMarksTheOperationDeprecatedAndDocumentsItsHeaders() {
        var contract = RestAssured.given().queryParam("format", "json").when().get(openApi)
                .then().statusCode(200).extract().jsonPath();
        String old = "paths.'/api/v1/retiring-example/greeting'.get";
        assertThat(contract.get(old + ".deprecated"), equalTo(true));
        assertThat(contract.getString(old + ".description"), containsString(
                "Says hello.\n\n**Deprecated** since 2026-01-15; may be removed from 2026-07-15 on. Use `/api/v1/retiring-example/greetings/en` instead"));
        Map<String, Object> headers = contract.getMap(old + ".responses.'200'.headers");
        assertThat(headers.keySet(), hasItems("Deprecation", "Sunset", "Link", "RateLimit-Limit"));
        assertThat(contract.getString(old + ".responses.'200'.headers.Sunset.schema.example"),
                equalTo("Wed, 15 Jul 2026 00:00:00 GMT"));

        String successor = "paths.'/api/v1/retiring-example/greetings/{language}'.get";
        assertThat(contract.get(successor + ".operationId"), equalTo("getGreeting"));
        assertThat(contract.get(successor + ".deprecated"), nullValue());
    }
}
