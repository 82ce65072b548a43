package de.kreativland.transfer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.kreativland.transfer.ApiTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published contract openapi.yaml must equal the document the API serves. */
@QuarkusTest
class ContractDriftTest extends ApiTest {
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private JsonNode served() throws IOException {
        String body = RestAssured.given().queryParam("format", "yaml").when().get(openApi)
                .then().statusCode(200).extract().asString();
        return YAML.readTree(body);
    }

    private static JsonNode published() throws IOException {
        return YAML.readTree(Files.readString(CONTRACT));
    }

    @Test
    void publishedContractEqualsWhatTheApiServes() throws IOException {
        List<String> differences = ContractDiff.differences(published(), served());
        assertTrue(differences.isEmpty(), "openapi.yaml differs from what the API serves at /q/openapi. "
                + "Regenerate it with `make openapi` (or: cd api && ./mvnw package -DskipTests && cp target/openapi/openapi.yaml ../openapi.yaml) "
                + "and commit it.\n  " + String.join("\n  ", differences));
    }

    @Test
    void driftCheckNoticesAChangedEndpoint() throws IOException {
        JsonNode served = served();
        ObjectNode changed = served.deepCopy();
        ((ObjectNode) changed.get("paths")).set("/api/v1/new-endpoint", changed.get("paths").get("/api/v1/partners"));
        ((ObjectNode) changed.at("/paths/~1api~1v1~1partners/get")).put("operationId", "renamed");

        List<String> differences = ContractDiff.differences(served, changed);

        assertEquals(List.of(
                "only served: /paths/~1api~1v1~1new-endpoint",
                "differs: /paths/~1api~1v1~1partners/get/operationId (openapi.yaml: \"listPartners\", served: \"renamed\")"),
                differences);
    }
}
