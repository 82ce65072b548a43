package de.kreativland.transfer.security;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Optimistic locking cannot be skipped: every change names the version it is based on. */
@QuarkusTest
class PreconditionTest extends ApiTest {
    private static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    private static ExtractableResponse<Response> readKalbe() {
        return api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + KALBE).then().statusCode(200).extract();
    }

    private static Map<String, Object> editable(ExtractableResponse<Response> read) {
        Map<String, Object> body = new HashMap<>(read.jsonPath().getMap(""));
        for (String readOnly : List.of("id", "version", "createdAt", "updatedAt")) {
            body.remove(readOnly);
        }
        return body;
    }

    @Test
    void wildcardIfMatchIsRefusedAndChangesNothing() {
        ExtractableResponse<Response> read = readKalbe();
        Map<String, Object> body = editable(read);
        String before = (String) body.get("summary");
        body.put("summary", "Überschrieben ohne hinzusehen");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .header("If-Match", "*").body(body)
                .when().put("/api/v1/organisations/" + KALBE)
                .then().statusCode(428).contentType("application/problem+json").body("detail", containsString("ETag"));
        ExtractableResponse<Response> after = readKalbe();
        assertEquals(before, after.path("summary"));
        assertEquals(read.header("ETag"), after.header("ETag"));
    }
}
