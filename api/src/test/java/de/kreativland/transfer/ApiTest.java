package de.kreativland.transfer;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Base of the API tests: the WireMock OIDC issuer for tokens, and every response checked
 * against the published contract openapi.yaml.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public abstract class ApiTest {
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    // Combinators resolved, so that "nullable: true" beside "allOf: [$ref]" (OpenAPI 3.0) admits null.
    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withResolveCombinators(true)
                    .build());
    private static final OpenApiValidationFilter RESPONSE_CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    /** A request whose response must match openapi.yaml. */
    protected static RequestSpecification api() {
        return RestAssured.given().filter(CONTRACT_FILTER);
    }

    /** A request that deliberately breaks the contract; only its response must match openapi.yaml. */
    protected static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(RESPONSE_CONTRACT_FILTER);
    }

    protected static RequestSpecification api(String token) {
        return api().header("Authorization", TestTokens.bearer(token));
    }

    /** The ETag a coordinator reads at {@code path}, or a version no item has when there is nothing to read (unknown ids). */
    protected static String etagOrUnknown(String path, Object... pathParams) {
        var read = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).when().get(path, pathParams).then().extract();
        return read.statusCode() == 200 ? read.header("ETag") : "\"0\"";
    }
}
