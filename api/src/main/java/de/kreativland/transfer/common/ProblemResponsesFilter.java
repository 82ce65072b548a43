package de.kreativland.transfer.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the contract its error responses as problem+json (schemas from
 * quarkus-resteasy-problem): 400 where it takes parameters, 401/403 where security applies
 * (added by Quarkus), 429 with Retry-After and the RateLimit headers of successful responses
 * (see RateLimiter), 500 everywhere.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM_REF = "#/components/schemas/HttpValidationProblem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::addProblems));
    }

    private void addProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || operation.getRequestBody() != null;
        if (hasParameters && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid request: the problem lists each invalid field"));
        }
        boolean hasPathParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH);
        if (hasPathParameters && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description("Not found, or not visible to you"));
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many requests from this client: wait the seconds in Retry-After")
                    .addHeader("Retry-After", header("Seconds until the next request is accepted")));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeader("RateLimit-Limit", header("Requests this client may make per period"));
                response.addHeader("RateLimit-Remaining", header("Requests left in the current period"));
            }
        });
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected error"));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                APIResponse response = entry.getValue();
                response.setContent(problemContent("400".equals(entry.getKey()) ? VALIDATION_PROBLEM_REF : PROBLEM_REF));
                if ("401".equals(entry.getKey())) {
                    response.setDescription("Not authenticated: no, an expired or an invalid access token");
                } else if ("403".equals(entry.getKey())) {
                    response.setDescription("Authenticated, but the role does not allow this");
                }
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(java.util.List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER))
                        .format("int64").minimum(java.math.BigDecimal.ZERO));
    }

    private static Content problemContent(String schemaRef) {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schemaRef)));
    }
}
