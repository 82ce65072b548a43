package de.kreativland.transfer.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Limits of the contract that hold wherever a format or a shared schema appears, so that they are
 * stated once: the length of UUIDs, dates and date-times as Java reads and writes them (RFC 3339,
 * four-digit years, at most nanoseconds); a string property wrapping a $ref takes the referenced
 * schema's limit (an enum's longest constant); the problem+json schemas get the limits that
 * {@link ProblemLimits} enforces; ETag and Location response headers get theirs.
 */
final class SchemaLimits {
    static final int UUID_LENGTH = 36;
    static final int DATE_LENGTH = "2026-12-31".length();
    static final int DATE_TIME_LENGTH = "2026-12-31T23:59:59.999999999+01:00".length();
    /** An entity tag as the API writes it: a quoted version number or SHA-256 hex digest. */
    static final int ETAG_LENGTH = 66;
    static final String ETAG_PATTERN = "^\"[0-9a-f]{1,64}\"$";
    /**
     * An absolute URL from the request's Host header (the HTTP server limits all request headers together
     * to 20 KiB, quarkus.http.limits.max-header-size) and a path of at most a few UUIDs.
     */
    static final int LOCATION_LENGTH = 20 * 1024 + 256;

    private SchemaLimits() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        problemSchemas(components);
        List<Schema> all = new ArrayList<>(components.values());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> collect(operation, all)));
        all.forEach(schema -> limit(schema, components));
    }

    private static void collect(Operation operation, List<Schema> into) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> into.add(parameter.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            contentSchemas(operation.getRequestBody().getContent(), into);
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            contentSchemas(response.getContent(), into);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, header) -> {
                    headerLimits(name, header);
                    into.add(header.getSchema());
                });
            }
        }
    }

    private static void contentSchemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(into::add);
        }
    }

    private static void headerLimits(String name, Header header) {
        Schema schema = header.getSchema();
        if (schema == null || schema.getMaxLength() != null) {
            return;
        }
        if ("ETag".equals(name)) {
            schema.maxLength(ETAG_LENGTH).pattern(ETAG_PATTERN);
        } else if ("Location".equals(name)) {
            schema.maxLength(LOCATION_LENGTH);
        }
    }

    /** Walks one schema and what it contains inline; references are visited as components. */
    private static void limit(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getMaxLength() == null && schema.getEnumeration() == null) {
            Integer length = isString(schema) ? formatLength(schema.getFormat()) : null;
            if (length == null && isString(schema)) {
                // A string property that refers to a shared schema (beside its description or nullable) has its limit.
                Schema reference = reference(schema);
                if (reference != null) {
                    length = referencedLength(reference, components);
                }
            }
            if (length != null) {
                schema.maxLength(length);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> limit(property, components));
        }
        limit(schema.getItems(), components);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> limit(member, components));
            }
        }
    }

    /** The one shared schema a property refers to, directly or as the only reference in allOf/anyOf/oneOf. */
    private static Schema reference(Schema schema) {
        if (schema.getRef() != null) {
            return schema;
        }
        List<Schema> references = new ArrayList<>();
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.stream().filter(member -> member.getRef() != null).forEach(references::add);
            }
        }
        return references.size() == 1 ? references.get(0) : null;
    }

    private static Integer referencedLength(Schema reference, Map<String, Schema> components) {
        if (reference.getRef() == null) {
            return null;
        }
        Schema target = components.get(reference.getRef().substring(reference.getRef().lastIndexOf('/') + 1));
        if (target == null) {
            return null;
        }
        if (target.getMaxLength() != null) {
            return target.getMaxLength();
        }
        if (target.getEnumeration() != null && isString(target)) {
            return target.getEnumeration().stream().filter(Objects::nonNull).mapToInt(value -> value.toString().length()).max().orElse(0);
        }
        return isString(target) ? formatLength(target.getFormat()) : null;
    }

    private static Integer formatLength(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "uuid" -> UUID_LENGTH;
            case "date" -> DATE_LENGTH;
            case "date-time" -> DATE_TIME_LENGTH;
            default -> null;
        };
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static void problemSchemas(Map<String, Schema> components) {
        for (String name : List.of("HttpProblem", "HttpValidationProblem")) {
            Schema problem = components.get(name);
            if (problem == null || problem.getProperties() == null) {
                continue;
            }
            Map<String, Schema> properties = problem.getProperties();
            maxLength(properties.get("type"), ProblemLimits.MAX_TYPE);
            maxLength(properties.get("title"), ProblemLimits.MAX_TITLE);
            maxLength(properties.get("detail"), ProblemLimits.MAX_DETAIL);
            maxLength(properties.get("instance"), ProblemLimits.MAX_INSTANCE);
            Schema status = properties.get("status");
            if (status != null) {
                status.minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599));
            }
            Schema violations = properties.get("violations");
            if (violations != null) {
                violations.maxItems(ProblemLimits.MAX_VIOLATIONS);
            }
        }
        Schema violation = components.get("Violation");
        if (violation != null && violation.getProperties() != null) {
            maxLength(violation.getProperties().get("field"), ProblemLimits.MAX_FIELD);
            maxLength(violation.getProperties().get("message"), ProblemLimits.MAX_MESSAGE);
            Schema in = violation.getProperties().get("in");
            if (in != null) {
                in.enumeration(List.of("query", "path", "header", "form", "body", "unknown"));
            }
        }
    }

    private static void maxLength(Schema schema, int length) {
        if (schema != null) {
            schema.maxLength(length);
        }
    }
}
