package de.kreativland.transfer.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the contract its error responses as problem+json (schemas from
 * quarkus-resteasy-problem): 400 where it takes parameters (else 4XX), 401 everywhere (a public
 * operation answers 401 to an invalid token), 403 where security applies (added by Quarkus), 429
 * with Retry-After, 500 everywhere; and on every response the headers the API sends with each
 * one: RateLimit-Limit, -Remaining and -Reset (see RateLimiter) and, for allowed browser origins,
 * Access-Control-Allow-Origin. The server is the host that serves the document. Then {@link SchemaLimits} adds the limits that hold for every use
 * of a format or a shared schema.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM_REF = "#/components/schemas/HttpValidationProblem";
    private static final String SECURITY_SCHEME = "keycloak";
    private static final List<String> RESPONSE_HEADERS = List.of(
            RateLimiter.LIMIT, RateLimiter.REMAINING, RateLimiter.RESET, "Access-Control-Allow-Origin");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addHeaderComponents(openAPI);
        // Relative: the host that serves this document, in whichever environment.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The API on the host that serves this contract: local, test or production (production only over HTTPS)")
                .addExtension("x-internal", false)));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::addProblems));
        SchemaLimits.apply(openAPI);
    }

    private static void addHeaderComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addHeader(RateLimiter.LIMIT, integerHeader("Requests this client may make per period", 1, RateLimiter.MAX_REQUESTS));
        components.addHeader(RateLimiter.REMAINING, integerHeader("Requests left in the current period", 0, RateLimiter.MAX_REQUESTS));
        components.addHeader(RateLimiter.RESET, integerHeader("Seconds until the full limit is available again",
                0, RateLimiter.MAX_PERIOD.toSeconds()));
        components.addHeader("Retry-After", integerHeader("Seconds until the next request is accepted",
                1, RateLimiter.MAX_PERIOD.toSeconds() + 1));
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("Only when the request's Origin is one of the web-client origins the API is configured with "
                        + "(KL_CORS_ORIGINS): that origin. Never *.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .maxLength(CorsOrigins.MAX_LENGTH).pattern(CorsOrigins.PATTERN)));
    }

    private void addProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        if (hasParameters && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid request: the problem lists each invalid field"));
        }
        if (!hasParameters && !responses.hasAPIResponse("4XX")) {
            responses.addAPIResponse("4XX", OASFactory.createAPIResponse()
                    .description("Another client error, e.g. 406 when Accept names no type this operation answers with"));
        }
        boolean hasPathParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (hasPathParameters && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description("Not found, or not visible to you"));
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public: anonymous callers are served, and so are callers with a valid token (who may see more).
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
            responses.addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("An access token was sent, but it is expired or invalid (without one this operation answers anonymously)"));
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many requests from this client: wait the seconds in Retry-After")
                    .addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After")));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected error"));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            RESPONSE_HEADERS.forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                response.setContent(problemContent("400".equals(entry.getKey()) ? VALIDATION_PROBLEM_REF : PROBLEM_REF));
                if ("401".equals(entry.getKey()) && operation.getSecurity().stream().allMatch(r -> r.hasScheme(SECURITY_SCHEME))) {
                    response.setDescription("Not authenticated: no, an expired or an invalid access token");
                } else if ("403".equals(entry.getKey())) {
                    response.setDescription("Authenticated, but the role does not allow this");
                }
            }
        }
    }

    private static Header integerHeader(String description, long minimum, long maximum) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)));
    }

    private static Content problemContent(String schemaRef) {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schemaRef)));
    }
}
