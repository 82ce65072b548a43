package de.kreativland.transfer.security;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token that names states limits its holder to them, whatever its role or client. */
@QuarkusTest
class StateLimitTest extends ApiTest {
    private static final String KALBE_IN_SAXONY_ANHALT = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    private static String integrationSaxony() {
        return TestTokens.sign(TestTokens.claims("service-account-kreativland-integration-sn", "service-account-kreativland-integration-sn",
                "Integration Sachsen", "integration").claim("states", List.of("SN")));
    }

    private static String coordinatorSaxony() {
        return TestTokens.sign(TestTokens.claims(TestTokens.COORDINATOR, "coordinator", "Konrad Koordinator (Demo)", "coordinator")
                .claim("states", List.of("SN")));
    }

    @Test
    void theSaxonyIntegrationClientReadsSaxonPartnersOnly() {
        List<String> everyState = api().queryParam("size", 100).when().get("/api/v1/partners").then().statusCode(200)
                .extract().path("items.state");
        assertTrue(everyState.stream().anyMatch(state -> !state.equals("SN")), "the demo world has partners outside Saxony");

        api(integrationSaxony()).queryParam("size", 100).when().get("/api/v1/partners").then().statusCode(200)
                .body("items.state", everyItem(equalTo("SN")));
        String export = RestAssured.given().header("Authorization", TestTokens.bearer(integrationSaxony())).accept("application/x-ndjson")
                .when().get("/api/v1/partners").then().statusCode(200).extract().asString();
        assertFalse(export.isBlank());
        assertTrue(export.lines().allMatch(line -> line.contains("\"state\":\"SN\"")), export);
        api(integrationSaxony()).queryParam("updatedSince", "2000-01-01T00:00:00Z").when().get("/api/v1/partners").then().statusCode(200)
                .body("items.state", everyItem(equalTo("SN")));

        api().when().get("/api/v1/partners/" + KALBE_IN_SAXONY_ANHALT).then().statusCode(200);
        api(integrationSaxony()).when().get("/api/v1/partners/" + KALBE_IN_SAXONY_ANHALT).then().statusCode(404);
    }

    @Test
    void aStaffTokenNamingStatesIsLimitedToo() {
        api(coordinatorSaxony()).queryParam("size", 100).when().get("/api/v1/organisations").then().statusCode(200)
                .body("items.state", everyItem(equalTo("SN")));
        api(coordinatorSaxony()).when().get("/api/v1/organisations/" + KALBE_IN_SAXONY_ANHALT).then().statusCode(404);
        api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + KALBE_IN_SAXONY_ANHALT).then().statusCode(200);
    }

    @Test
    void aStatesClaimNamingNoKnownStateIsRefused() {
        String bogus = TestTokens.sign(TestTokens.claims(TestTokens.ADVISOR, "advisor", "Rita Regional (Demo)", "advisor")
                .claim("states", List.of("XX")));
        api(bogus).when().get("/api/v1/organisations").then().statusCode(403).contentType("application/problem+json");
        api(bogus).when().get("/api/v1/metric-events").then().statusCode(403).contentType("application/problem+json");
    }
}
