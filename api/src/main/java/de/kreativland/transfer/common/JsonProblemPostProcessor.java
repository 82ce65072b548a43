package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Unreadable request bodies become 400 problems in the shape of validation errors (violations
 * naming the field), and never mention Java classes.
 */
@ApplicationScoped
public class JsonProblemPostProcessor implements ProblemPostProcessor {

    /** Before ProblemLimits, which has the lowest priority and so runs last. */
    @Override
    public int priority() {
        return 0;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Throwable cause = context.cause;
        if (cause instanceof JsonParseException) {
            return Problems.invalidField("body", "common.json-malformed");
        }
        if (!(cause instanceof JsonMappingException mapping)) {
            return problem;
        }
        String field = path(mapping);
        if (cause instanceof UnrecognizedPropertyException) {
            return Problems.invalidField(field, "common.json-unknown-field");
        }
        if (cause instanceof InvalidFormatException invalid) {
            return Problems.invalidField(field, "common.json-invalid-value", String.valueOf(invalid.getValue()), expected(invalid.getTargetType()));
        }
        return Problems.invalidField(field, "common.json-wrong-type", expected(mapping instanceof
                com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("common.expected-value");
        }
        if (type.isEnum()) {
            return Text.of("common.expected-one-of", Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return Text.of("common.expected-number");
        }
        if (type == java.util.UUID.class) {
            return Text.of("common.expected-uuid");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return Text.of("common.expected-date");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("common.expected-array");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("common.expected-boolean");
        }
        return Text.of(type == String.class ? "common.expected-text" : "common.expected-value");
    }
}
