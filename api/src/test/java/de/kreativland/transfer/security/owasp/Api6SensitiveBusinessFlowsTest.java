package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.containsString;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. The flows that hurt when automated or misused: erasing
 * a person (needs the identity repeated, never oneself), closing a reporting period (LOCKED is final and its figures no
 * longer change: security/LockedPeriodTest), publishing (only the reviewed version: learning/LearningModuleAccessTest).
 */
@QuarkusTest
class Api6SensitiveBusinessFlowsTest extends ApiTest {
    @Test
    void anErasureNeedsTheIdentityRepeated() {
        api(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", TestTokens.PARTNER_FICHTELGEBIRGE, "confirmation", "yes"))
                .when().post("/api/v1/personal-data/erasures").then().statusCode(400).body(containsString("confirmation"));
    }

    @Test
    void anAdminCannotEraseThemselves() {
        api(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", TestTokens.ADMIN, "confirmation", TestTokens.ADMIN))
                .when().post("/api/v1/personal-data/erasures").then().statusCode(409);
    }

    @Test
    void aLockedPeriodCannotBeReopened() {
        String locked = "8f3e5a10-4d07-4f6e-9c71-000000000001";
        String etag = api(TestTokens.admin()).when().get("/api/v1/reporting-periods/" + locked).then().statusCode(200).extract().header("ETag");
        api(TestTokens.admin()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("to", "OPEN"))
                .when().post("/api/v1/reporting-periods/" + locked + "/transitions").then().statusCode(409);
    }
}
