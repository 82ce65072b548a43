package de.kreativland.transfer.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers of the contract as components/headers: those the API sends with every
 * response (RateLimit-Limit, -Remaining and -Reset, see RateLimiter, and for allowed browser origins
 * Access-Control-Allow-Origin), Retry-After of 429, ETag and Location in one wording each, and any
 * other header that operations describe identically at least {@value #SHARED_FROM} times.
 */
final class SharedHeaders {
    static final String RETRY_AFTER = "Retry-After";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** The headers of every response. */
    static final List<String> EVERY_RESPONSE = List.of(RateLimiter.LIMIT, RateLimiter.REMAINING, RateLimiter.RESET, ALLOW_ORIGIN);
    private static final int SHARED_FROM = 3;

    private SharedHeaders() {
    }

    static void addComponents(Components components) {
        components.addHeader(RateLimiter.LIMIT, integerHeader("Requests this client may make per period", 1, RateLimiter.MAX_REQUESTS));
        components.addHeader(RateLimiter.REMAINING, integerHeader("Requests left in the current period", 0, RateLimiter.MAX_REQUESTS));
        components.addHeader(RateLimiter.RESET, integerHeader("Seconds until the full limit is available again",
                0, RateLimiter.MAX_PERIOD.toSeconds()));
        components.addHeader(RETRY_AFTER, integerHeader("Seconds until the next request is accepted",
                1, RateLimiter.MAX_PERIOD.toSeconds() + 1));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Only when the request's Origin is one of the web-client origins the API is configured with "
                        + "(KL_CORS_ORIGINS): that origin. Never *.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .maxLength(CorsOrigins.MAX_LENGTH).pattern(CorsOrigins.PATTERN)));
    }

    /** ETag and Location in one wording each, whatever an operation writes. */
    private static Map<String, Header> normalised() {
        return Map.of(
                ETAG, stringHeader("Version of what the answer shows, a quoted version number or SHA-256 hex digest; "
                        + "send it as If-Match to change it", OASFactory.createSchema()
                        .maxLength(SchemaLimits.ETAG_LENGTH).pattern(SchemaLimits.ETAG_PATTERN)),
                LOCATION, stringHeader("URL of the created resource", OASFactory.createSchema()
                        .format("uri").maxLength(SchemaLimits.LOCATION_LENGTH)));
    }

    /** Gives the response the shared header {@code name} (ETag or Location) unless it describes one itself. */
    static void addShared(APIResponse response, Components components, String name) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
            components.addHeader(name, normalised().get(name));
        }
        response.addHeader(name, reference(name));
    }

    static Header reference(String name) {
        return OASFactory.createHeader().ref(name);
    }

    static void addEveryResponseHeaders(APIResponse response) {
        EVERY_RESPONSE.forEach(name -> response.addHeader(name, reference(name)));
    }

    /**
     * Replaces the headers that operations write inline by references: every ETag and Location with
     * the limits of {@link SchemaLimits} (their wordings differ but say the same), and each other
     * header written identically, description included, at least {@value #SHARED_FROM} times.
     * Runs after {@link SchemaLimits}.
     */
    static void share(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Header> normalised = normalised();
        List<Use> uses = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getHeaders() != null) {
                        response.getHeaders().forEach((name, header) -> uses.add(new Use(response, name, header)));
                    }
                })));
        Map<List<Object>, List<Use>> groups = new LinkedHashMap<>();
        for (Use use : uses) {
            List<Object> fingerprint = ContractFingerprint.of(use.header);
            if (fingerprint == null) {
                continue;
            }
            Header canonical = normalised.get(use.name);
            if (canonical != null) {
                if (fingerprint.equals(ContractFingerprint.of(canonical))) {
                    use.replaceBy(use.name, components, canonical);
                }
            } else {
                List<Object> key = new ArrayList<>(fingerprint);
                key.add(0, use.name);
                key.add(use.header.getDescription());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(use);
            }
        }
        // Per header name, the wording most operations use (the first one on a tie).
        Map<String, List<Use>> mostUsed = new LinkedHashMap<>();
        groups.values().forEach(group -> mostUsed.merge(group.get(0).name, group, (a, b) -> b.size() > a.size() ? b : a));
        mostUsed.forEach((name, group) -> {
            boolean free = components.getHeaders() == null || !components.getHeaders().containsKey(name);
            if (group.size() >= SHARED_FROM && free) {
                Header definition = group.get(0).header;
                group.forEach(use -> use.replaceBy(name, components, definition));
            }
        });
    }

    private record Use(APIResponse response, String name, Header header) {
        void replaceBy(String component, Components components, Header definition) {
            if (components.getHeaders() == null || !components.getHeaders().containsKey(component)) {
                components.addHeader(component, definition);
            }
            response.addHeader(name, reference(component));
        }
    }

    private static Header stringHeader(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema.type(List.of(Schema.SchemaType.STRING)));
    }

    private static Header integerHeader(String description, long minimum, long maximum) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)));
    }
}
