package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every problem+json within the limits the contract states (SchemaLimits): messages that quote
 * what the client sent (an unknown field name, an unreadable value) are shortened, and at most
 * MAX_VIOLATIONS violations are listed. Runs last: other post-processors of the API have a higher priority.
 */
@ApplicationScoped
public class ProblemLimits implements ProblemPostProcessor {
    public static final int MAX_TYPE = 2048;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_INSTANCE = 4096;
    public static final int MAX_VIOLATIONS = 100;
    public static final int MAX_FIELD = 200;
    public static final int MAX_MESSAGE = 1000;
    private static final String VIOLATIONS = "violations";

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (withinLimits(problem)) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder()
                .withStatus(problem.getStatusCode())
                .withTitle(shorten(problem.getTitle(), MAX_TITLE))
                .withDetail(shorten(problem.getDetail(), MAX_DETAIL));
        if (problem.getType() != null && problem.getType().toString().length() <= MAX_TYPE) {
            builder.withType(problem.getType());
        }
        if (problem.getInstance() != null && problem.getInstance().toString().length() <= MAX_INSTANCE) {
            builder.withInstance(problem.getInstance());
        }
        problem.getHeaders().forEach(builder::withHeader);
        problem.getParameters().forEach((name, value) -> builder.with(name, VIOLATIONS.equals(name) ? violations(value) : value));
        return builder.build();
    }

    private static boolean withinLimits(HttpProblem problem) {
        return fits(problem.getTitle(), MAX_TITLE) && fits(problem.getDetail(), MAX_DETAIL)
                && (problem.getType() == null || fits(problem.getType().toString(), MAX_TYPE))
                && (problem.getInstance() == null || fits(problem.getInstance().toString(), MAX_INSTANCE))
                && violationsWithinLimits(problem.getParameters().get(VIOLATIONS));
    }

    private static boolean violationsWithinLimits(Object value) {
        if (!(value instanceof List<?> list)) {
            return true;
        }
        return list.size() <= MAX_VIOLATIONS && list.stream().map(ProblemLimits::asMap)
                .allMatch(v -> fits(v.get("field"), MAX_FIELD) && fits(v.get("message"), MAX_MESSAGE));
    }

    private static Object violations(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        return list.stream().limit(MAX_VIOLATIONS).map(ProblemLimits::asMap).map(v -> {
            Map<String, String> shortened = new LinkedHashMap<>(v);
            shortened.computeIfPresent("field", (k, field) -> shorten(field, MAX_FIELD));
            shortened.computeIfPresent("message", (k, message) -> shorten(message, MAX_MESSAGE));
            return shortened;
        }).toList();
    }

    private static Map<String, String> asMap(Object violation) {
        Map<String, String> map = new LinkedHashMap<>();
        if (violation instanceof Violation v) {
            map.put("field", v.field);
            map.put("in", v.in);
            map.put("message", v.message);
        } else if (violation instanceof Map<?, ?> m) {
            m.forEach((k, val) -> map.put(String.valueOf(k), val == null ? null : String.valueOf(val)));
        }
        return map;
    }

    private static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
