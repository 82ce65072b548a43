package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The integration role of third-party systems: published and aggregated data only, never a write, never people. */
@QuarkusTest
class IntegrationRoleTest extends ApiTest {
    private static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";
    private static final String KALBE_CONCEPT_PATH = "/api/v1/transfer-concepts?organisationId=" + KALBE;

    static String integration() {
        return TestTokens.sign(TestTokens.claims("service-account-kreativland-integration", "service-account-kreativland-integration",
                "Integration", "integration"));
    }

    @Test
    void everyWriteOperationInTheContractIsForbidden() {
        OpenAPI contract = new OpenAPIV3Parser().read(CONTRACT.toUri().toString());
        List<String> allowed = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String method = operation.getKey().name();
                if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                    continue;
                }
                writes++;
                String url = path.getKey().replaceAll("\\{number}", "1").replaceAll("\\{subject}", "someone")
                        .replaceAll("\\{key}", "actors_reached").replaceAll("\\{[a-zA-Z]+}", KALBE);
                var request = RestAssured.given().header("Authorization", TestTokens.bearer(integration())).header("If-Match", "\"0\"");
                var body = operation.getValue().getRequestBody();
                if (body != null && body.getContent().containsKey("multipart/form-data")) {
                    request.multiPart("file", "vorlage.txt", "Vorlage".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
                } else {
                    request.contentType("application/json").body("{}");
                }
                Response response = request.request(method, url);
                if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                    allowed.add(method + " " + url + " -> " + response.statusCode());
                }
            }
        }
        assertTrue(writes > 40, "the contract's write operations were found: " + writes);
        assertEquals(List.of(), allowed, "writes not refused with 403 problem+json");
    }

    @Test
    void personalDataIsForbidden() {
        String concept = api().when().get(KALBE_CONCEPT_PATH).then().statusCode(200).extract().path("items[0].id");
        for (String path : List.of(
                "/api/v1/organisations/" + KALBE + "/contacts",
                "/api/v1/memberships",
                "/api/v1/me/learning-progress",
                "/api/v1/learning-paths/8e1a0f3c-4d05-4b7e-9c51-000000000001/progress",
                "/api/v1/transfer-concepts/" + concept + "/comments",
                "/api/v1/coaches",
                "/api/v1/coaching-assignments",
                "/api/v1/organisations")) {
            api(integration()).when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void publishedAndAggregatedDataIsReadable() {
        for (String path : List.of("/api/v1/partners", "/api/v1/learning-modules", "/api/v1/learning-paths",
                "/api/v1/transfer-concepts", "/api/v1/expertise-topics",
                "/api/v1/outreach-report?from=2017-06-27&to=2017-10-04")) {
            api(integration()).when().get(path).then().statusCode(200);
        }
        String export = RestAssured.given().header("Authorization", TestTokens.bearer(integration())).accept("application/x-ndjson")
                .when().get("/api/v1/partners").then().statusCode(200).extract().asString();
        assertEquals(6, export.lines().filter(line -> line.contains("\"BEST_PRACTICE\"")).count(), "the six best-practice partners");
    }
}
