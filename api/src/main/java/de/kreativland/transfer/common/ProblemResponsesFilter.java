package de.kreativland.transfer.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the contract its error responses as problem+json (schemas from
 * quarkus-resteasy-problem): 400 where it takes parameters (else 4XX), 401 everywhere (a public
 * operation answers 401 to an invalid token), 403 where security applies (added by Quarkus), 404
 * where it has path parameters, 429 with Retry-After, 500 everywhere, 503 with Retry-After everywhere (database
 * unreachable, shutting down); the errors that mean the same
 * everywhere as references to components/responses ({@link SharedResponses}), and on every other
 * response the headers the API sends with each one ({@link SharedHeaders#EVERY_RESPONSE}). The
 * server is the host that serves the document. Then {@link SchemaLimits} adds the limits that hold
 * for every use of a format or a shared schema, and {@link SharedParameters} and {@link SharedHeaders}
 * write the parameters and headers that operations repeat once, as components.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String SECURITY_SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        SharedHeaders.addComponents(openAPI.getComponents());
        // Relative: the host that serves this document, in whichever environment.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The API on the host that serves this contract: local, test or production (production only over HTTPS)")
                .addExtension("x-internal", false)));
        Set<SharedResponses> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            derive(method, operation, openAPI.getComponents());
            addProblems(operation, openAPI.getComponents(), used);
        }));
        if (!used.isEmpty()) {
            SharedResponses.addComponents(openAPI.getComponents(), used);
        }
        SchemaLimits.apply(openAPI);
        SharedParameters.share(openAPI);
        SharedHeaders.share(openAPI);
    }

    /**
     * What follows from an operation's shape: with an If-Match header 412, and 428 when If-Match is
     * required or the operation changes a resource in place (PUT, PATCH; a POST that takes If-Match
     * optionally acts without it); ETag on every 2xx of an operation marked {@link ContractMarks#ETAG};
     * Location on every 201 unless marked {@link ContractMarks#NO_LOCATION}.
     */
    private void derive(PathItem.HttpMethod method, Operation operation, Components components) {
        APIResponses responses = operation.getResponses();
        Parameter ifMatch = operation.getParameters() == null ? null : operation.getParameters().stream()
                .map(parameter -> resolve(parameter, components))
                .filter(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
        if (ifMatch != null) {
            if (!responses.hasAPIResponse("412")) {
                responses.addAPIResponse("412", OASFactory.createAPIResponse());
            }
            boolean changesInPlace = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
            if ((Boolean.TRUE.equals(ifMatch.getRequired()) || changesInPlace) && !responses.hasAPIResponse("428")) {
                responses.addAPIResponse("428", OASFactory.createAPIResponse());
            }
        }
        if (method == PathItem.HttpMethod.POST) {
            idempotencyKey(operation);
        }
        boolean etag = removeMark(operation, ContractMarks.ETAG);
        boolean location = !removeMark(operation, ContractMarks.NO_LOCATION);
        responses.getAPIResponses().forEach((status, response) -> {
            if (location && "201".equals(status)) {
                SharedHeaders.addShared(response, components, SharedHeaders.LOCATION);
            }
            if (etag && status.startsWith("2")) {
                SharedHeaders.addShared(response, components, SharedHeaders.ETAG);
            }
        });
    }

    /** Every POST takes an optional Idempotency-Key ({@link Idempotency}), with 409 and 422 for its conflicts. */
    private static void idempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(Idempotency.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Any unique value (a UUID) that names this request: repeated with the same key, the POST is applied "
                        + "once and the first successful answer is returned again (with Idempotent-Replayed: true), for "
                        + Idempotency.RETENTION_HOURS + " h")
                .schema(OASFactory.createSchema().type(List.of(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))
                        .minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("409")) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse()
                    .description("A request with the same Idempotency-Key is still being processed: retry after Retry-After"));
        }
        responses.addAPIResponse("422", OASFactory.createAPIResponse().description(SharedResponses.IDEMPOTENCY_KEY_REUSED.description));
    }

    /** Whether the operation carries the mark; removes it from the operation and, where SmallRye copies it, its responses. */
    private static boolean removeMark(Operation operation, String mark) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(mark)) {
            return false;
        }
        operation.removeExtension(mark);
        APIResponses responses = operation.getResponses();
        if (responses.getExtensions() != null) {
            responses.removeExtension(mark);
        }
        responses.getAPIResponses().values().stream().filter(response -> response.getExtensions() != null)
                .forEach(response -> response.removeExtension(mark));
        return true;
    }

    private void addProblems(Operation operation, Components components, Set<SharedResponses> used) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().map(parameter -> resolve(parameter, components)).toList();
        boolean hasParameters = !parameters.isEmpty() || operation.getRequestBody() != null;
        if (hasParameters && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse());
        }
        if (!hasParameters && !responses.hasAPIResponse("4XX")) {
            responses.addAPIResponse("4XX", OASFactory.createAPIResponse());
        }
        boolean hasPathParameters = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (hasPathParameters && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse());
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public: anonymous callers are served, and so are callers with a valid token (who may see more).
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
            responses.addAPIResponse("401", OASFactory.createAPIResponse());
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse());
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse());
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse());
        }
        boolean publicOperation = !operation.getSecurity().stream().allMatch(r -> r.hasScheme(SECURITY_SCHEME));
        for (Map.Entry<String, APIResponse> entry : Map.copyOf(responses.getAPIResponses()).entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            boolean error = status.startsWith("4") || status.startsWith("5");
            SharedResponses shared = error ? SharedResponses.standingFor(status, response, publicOperation) : null;
            if (shared != null) {
                responses.addAPIResponse(status, shared.reference());
                used.add(shared);
                continue;
            }
            SharedHeaders.addEveryResponseHeaders(response);
            if (error) {
                response.setContent(SharedResponses.problemContent("400".equals(status)
                        ? SharedResponses.VALIDATION_PROBLEM_REF : SharedResponses.PROBLEM_REF));
            }
        }
    }

    /** The parameter itself, or the component it refers to. */
    private static Parameter resolve(Parameter parameter, Components components) {
        if (parameter.getRef() == null || components.getParameters() == null) {
            return parameter;
        }
        Parameter target = components.getParameters().get(parameter.getRef().substring(parameter.getRef().lastIndexOf('/') + 1));
        return target == null ? parameter : target;
    }
}
