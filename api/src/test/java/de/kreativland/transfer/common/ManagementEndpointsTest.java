package de.kreativland.transfer.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** (URLs below the management root path /q.) Health, metrics, the OpenAPI document and Swagger UI answer on the management port only. */
@QuarkusTest
class ManagementEndpointsTest extends ApiTest {
    @TestHTTPResource(value = "/health/ready", management = true)
    URL health;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @TestHTTPResource(value = "/swagger-ui/", management = true)
    URL swaggerUi;

    @Test
    void healthReportsTheDatabaseUp() {
        given().when().get(health)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().when().get("/api/v1/partners").then().statusCode(200);
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().queryParam("format", "json").when().get(openApi)
                .then().statusCode(200)
                .body("info.title", equalTo("KreativLand Transfer API"))
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"));
    }

    @Test
    void apiReferencePageIsServed() {
        given().when().get(swaggerUi)
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void theApiPortServesNoneOfThem() {
        for (String path : List.of("/q/health/ready", "/q/health", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui")) {
            given().when().get(path).then().statusCode(404);
        }
    }
}
