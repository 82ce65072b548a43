package de.kreativland.transfer.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManagementEndpointsTest extends ApiTest {

    @Test
    void healthReportsTheDatabaseUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().when().get("/api/v1/partners").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("KreativLand Transfer API"))
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"));
    }

    @Test
    void apiReferencePageIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
