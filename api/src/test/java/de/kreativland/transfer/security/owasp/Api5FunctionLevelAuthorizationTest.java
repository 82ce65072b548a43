package de.kreativland.transfer.security.owasp;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API5:2023 Broken Function Level Authorization: administrative functions refuse every lower role (403, and 401
 * without a token). Every write operation for the integration client: common/IntegrationRoleTest.
 */
@QuarkusTest
class Api5FunctionLevelAuthorizationTest extends ApiTest {
    private static final Map<String, String> LOWER = Map.of("partner", TestTokens.partnerKalbe(), "advisor", TestTokens.advisorSaxony(),
            "coach", TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach")));

    @Test
    void programmeAdministrationIsStaffOnly() {
        LOWER.forEach((who, token) -> {
            api(token).contentType(ContentType.JSON).body(Map.of("name", "Jahr", "startsOn", "2050-01-01", "endsOn", "2050-12-31"))
                    .when().post("/api/v1/reporting-periods").then().statusCode(403);
            api(token).when().get("/api/v1/memberships").then().statusCode(403);
            api(token).queryParam("subject", TestTokens.PARTNER_KALBE).when().get("/api/v1/personal-data").then().statusCode(403);
            api(token).contentType(ContentType.JSON).body(Map.of("subject", TestTokens.PARTNER_KALBE, "confirmation", TestTokens.PARTNER_KALBE))
                    .when().post("/api/v1/personal-data/erasures").then().statusCode(403);
        });
        api().when().get("/api/v1/memberships").then().statusCode(401);
    }

    @Test
    void aCoordinatorIsNoAdmin() {
        api(TestTokens.coordinator()).when().get("/api/v1/memberships").then().statusCode(403);
        api(TestTokens.coordinator()).queryParam("subject", TestTokens.PARTNER_KALBE).when().get("/api/v1/personal-data").then().statusCode(403);
    }
}
