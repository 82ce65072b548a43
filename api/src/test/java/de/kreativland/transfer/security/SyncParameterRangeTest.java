package de.kreativland.transfer.security;

import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sync positions outside what the database can hold are the caller's mistake (400 naming the parameter), never a 500. */
@QuarkusTest
class SyncParameterRangeTest extends ApiTest {
    private static final List<String> FEEDS = List.of("/api/v1/partners", "/api/v1/transfer-concepts", "/api/v1/learning-modules");

    private static String cursor(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void updatedSinceBeyondTheTimestampRangeIsRefusedNamingIt() {
        for (String feed : FEEDS) {
            for (String since : List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "1899-12-31T23:00:00+01:00")) {
                invalidRequest().queryParam("updatedSince", since).when().get(feed)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo("updatedSince")).body("violations[0].in", equalTo("query"));
            }
        }
    }

    @Test
    void cursorsNamingImpossiblePositionsAreRefusedNamingThem() {
        for (String plain : List.of("1.99999999999999999999.0.", "1.5.-1.", "1.5.0.99999999999999999", "1.5.0.-99999999999999999")) {
            invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator()))
                    .queryParam("cursor", cursor(plain)).when().get("/api/v1/organisations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("cursor"));
        }
    }

    @Test
    void theLatestPossibleMomentIsStillAValidEmptyWindow() {
        api().queryParam("updatedSince", "9999-12-31T00:00:00Z").when().get("/api/v1/partners")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
