package de.kreativland.transfer.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem+json error responses that mean the same in every operation, each written once in
 * components/responses with its headers and referenced from the operations. An operation's own
 * response for such a status stays inline when it says more (a 404 that names two things or why
 * one is missing), but not when it only repeats the HTTP reason phrase, the shared wording or,
 * for 404, "No such" thing the path names; 401, 403, 412 and 428 mean one thing throughout the
 * API and are always shared.
 */
enum SharedResponses {
    BAD_REQUEST("400", "BadRequest", "Invalid request: the problem lists each invalid field", true, "Bad Request"),
    /** 401 of an operation that needs a token. */
    UNAUTHORIZED("401", "Unauthorized", "Not authenticated: no, an expired or an invalid access token", false, null),
    /** 401 of a public operation: without a token it answers anonymously. */
    INVALID_TOKEN("401", "InvalidToken",
            "An access token was sent, but it is expired or invalid (without one this operation answers anonymously)", false, null),
    FORBIDDEN("403", "Forbidden", "Authenticated, but the role does not allow this", false, null),
    NOT_FOUND("404", "NotFound", "Not found, or not visible to you", false,
            "Not [Ff]ound|No such \\p{L}+(, or not visible to the caller)?"),
    PRECONDITION_FAILED("412", "PreconditionFailed",
            "If-Match names an older version: reload and apply the change again", false, null),
    PRECONDITION_REQUIRED("428", "PreconditionRequired", "If-Match is missing", false, null),
    IDEMPOTENCY_KEY_REUSED("422", "IdempotencyKeyReused", "The Idempotency-Key was used for another request (method, path or body differ)",
            false, null),
    TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests from this client: wait the seconds in Retry-After", false,
            "Too Many Requests"),
    INTERNAL_SERVER_ERROR("500", "InternalServerError", "Unexpected error", false, "Internal Server Error"),
    SERVICE_UNAVAILABLE("503", "ServiceUnavailable",
            "The database cannot be reached for a moment, or this instance is shutting down: retry after the seconds in Retry-After",
            false, "Service Unavailable"),
    CLIENT_ERROR("4XX", "ClientError", "Another client error, e.g. 406 when Accept names no type this operation answers with",
            false, null);

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/HttpProblem";
    static final String VALIDATION_PROBLEM_REF = "#/components/schemas/HttpValidationProblem";
    /** Statuses whose every response is the shared one, whatever an operation's wording. */
    private static final Set<String> ALWAYS_SHARED = Set.of("401", "403", "412", "428");

    final String status;
    final String component;
    final String description;
    private final boolean validation;
    /** Other wordings that say no more than the shared one: the HTTP reason phrase, for instance. */
    private final Pattern sameMeaning;

    SharedResponses(String status, String component, String description, boolean validation, String sameMeaning) {
        this.status = status;
        this.component = component;
        this.description = description;
        this.validation = validation;
        this.sameMeaning = sameMeaning == null ? null : Pattern.compile(sameMeaning);
    }

    /** The shared response that stands for this one of an operation, or null if it says something of its own. */
    static SharedResponses standingFor(String status, APIResponse response, boolean publicOperation) {
        if ("401".equals(status)) {
            return publicOperation ? INVALID_TOKEN : UNAUTHORIZED;
        }
        for (SharedResponses shared : values()) {
            if (shared.status.equals(status) && (ALWAYS_SHARED.contains(status) || shared.says(response.getDescription()))) {
                return shared;
            }
        }
        return null;
    }

    private boolean says(String text) {
        return text == null || text.isBlank() || text.equals(description) || sameMeaning != null && sameMeaning.matcher(text).matches();
    }

    /** A reference to this response; {@link #addComponents} writes what it refers to. */
    APIResponse reference() {
        return OASFactory.createAPIResponse().ref(component);
    }

    /** Adds the responses that operations refer to to components/responses, in the order of this enum. */
    static void addComponents(Components components, Set<SharedResponses> used) {
        EnumSet.copyOf(used).forEach(shared -> components.addResponse(shared.component, shared.definition()));
    }

    private APIResponse definition() {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(problemContent(validation ? VALIDATION_PROBLEM_REF : PROBLEM_REF));
        if ("429".equals(status) || "503".equals(status)) {
            response.addHeader(SharedHeaders.RETRY_AFTER, SharedHeaders.reference(SharedHeaders.RETRY_AFTER));
        }
        SharedHeaders.addEveryResponseHeaders(response);
        return response;
    }

    static org.eclipse.microprofile.openapi.models.media.Content problemContent(String schemaRef) {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schemaRef)));
    }
}
