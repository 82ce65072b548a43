package de.kreativland.transfer.security.owasp;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API10:2023 Unsafe Consumption of APIs. The API consumes no third-party API; what it takes from another system is
 * the content of Keycloak's signed tokens. Claims are data, not trusted shapes: a states claim of the wrong type or naming
 * no known state is refused (403), never read as "all states" and never a 500.
 */
@QuarkusTest
class Api10UnsafeConsumptionTest extends ApiTest {
    @Test
    void oddStatesClaimsAreRefusedNotTrusted() {
        for (Object claim : List.of(List.of("XX"), List.of("SN\"; drop table organisation; --"), Map.of("SN", true), 42)) {
            String token = TestTokens.sign(TestTokens.claims(TestTokens.ADVISOR, "advisor", "Rita Regional (Demo)", "advisor").claim("states", claim));
            int status = api(token).when().get("/api/v1/organisations").then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 403, claim + " gave " + status);
        }
    }
}
