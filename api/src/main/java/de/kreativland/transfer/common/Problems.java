package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one table of domain errors and their HTTP status. Services throw what these return;
 * quarkus-resteasy-problem renders them as RFC 9457 problem+json, and {@link ProblemLanguage} writes their texts in
 * the caller's language. Messages are keys of {@code messages/problems*.properties} with their arguments.
 */
public final class Problems {
    private Problems() {
    }

    /** A problem with {@code status} and a translated detail. */
    public static LocalizedProblem of(int status, String key, Object... args) {
        return new LocalizedProblem(status, HttpProblem.builder(), Text.of(key, args), null, null);
    }

    /** The same with further members (e.g. rule) and headers added by {@code builder}. */
    public static LocalizedProblem of(int status, HttpProblem.Builder builder, String key, Object... args) {
        return new LocalizedProblem(status, builder, Text.of(key, args), null, null);
    }

    private static LocalizedProblem field(int status, String field, String in, HttpProblem.Builder builder, Text message) {
        builder.with("violations", List.of(Map.of("field", field, "in", in, "message", message.toString())));
        return new LocalizedProblem(status, builder, message, field, in);
    }

    /** 404: the thing (a {@code thing.*} key) does not exist, or the caller may not know that it does. */
    public static LocalizedProblem notFound(String thing, Object id) {
        return of(404, "problem.not-found", Text.of(thing), id);
    }

    /** 400 naming one invalid field, in the same shape as a bean-validation error. */
    public static LocalizedProblem invalidField(String field, String key, Object... args) {
        return field(400, field, "body", HttpProblem.builder(), Text.of(key, args));
    }

    /** 400 naming one invalid query parameter. */
    public static LocalizedProblem invalidQuery(String parameter, String key, Object... args) {
        return field(400, parameter, "query", HttpProblem.builder(), Text.of(key, args));
    }

    /** 403 for a field the caller's role may not set; the request changes nothing. */
    public static LocalizedProblem forbiddenField(String field, String key, Object... args) {
        return field(403, field, "body", HttpProblem.builder(), Text.of(key, args));
    }

    /** 403: authenticated, allowed the endpoint, but not this object or action. */
    public static LocalizedProblem forbidden(String key, Object... args) {
        return of(403, key, args);
    }

    /**
     * 403 for the four-eyes rule: the caller did the step before (submitted, edited) and so may not
     * take the approving one. {@code rule} names the rule, so clients can explain it.
     */
    public static LocalizedProblem fourEyes(String key, Object... args) {
        return of(403, HttpProblem.builder().with("rule", "four-eyes"), "problem.four-eyes", Text.of(key, args));
    }

    /** 409 naming the rule that refuses the request and the field that would satisfy it (e.g. over-budget, overBudgetReason). */
    public static LocalizedProblem ruleField(String rule, String field, String key, Object... args) {
        return field(409, field, "body", HttpProblem.builder().with("rule", rule), Text.of(key, args));
    }

    /** 409 naming the rule that refuses the request (e.g. incomplete-scoring, budget-exceeded). */
    public static LocalizedProblem ruleConflict(String rule, String key, Object... args) {
        return of(409, HttpProblem.builder().with("rule", rule), key, args);
    }

    /** 409 naming the rule and the items that break it (e.g. complete-sections, emptySections). */
    public static LocalizedProblem ruleConflictListing(String rule, String itemsName, List<String> items, String key, Object... args) {
        return of(409, HttpProblem.builder().with("rule", rule).with(itemsName, List.copyOf(items)), key, args);
    }

    /** 409: the request contradicts the current state. */
    public static LocalizedProblem conflict(String key, Object... args) {
        return of(409, key, args);
    }

    /** 409 for a workflow step that is not allowed now, naming the steps that are. */
    public static LocalizedProblem illegalTransition(String from, String to, Collection<String> allowed) {
        return of(409, HttpProblem.builder().with("allowedTransitions", List.copyOf(allowed)),
                allowed.isEmpty() ? "problem.transition-none" : "problem.transition", from, to, String.join(", ", allowed));
    }

    /** 413 naming the field (an uploaded file) that is too large; nothing is stored. */
    public static LocalizedProblem payloadTooLarge(String field, String key, Object... args) {
        return field(413, field, "body", HttpProblem.builder(), Text.of(key, args));
    }

    /** 415 naming the field (an uploaded file) whose content is not an allowed type; nothing is stored. */
    public static LocalizedProblem unsupportedType(String field, String key, Object... args) {
        return field(415, field, "body", HttpProblem.builder(), Text.of(key, args));
    }

    /** 428: a write of an existing resource without If-Match. */
    public static LocalizedProblem preconditionRequired() {
        return of(428, "problem.precondition-required");
    }

    /** 428: If-Match is the wildcard, which names no version. */
    public static LocalizedProblem wildcardPrecondition() {
        return of(428, "problem.precondition-wildcard");
    }

    /** 412: If-Match names an older version. */
    public static LocalizedProblem preconditionFailed() {
        return of(412, "problem.precondition-failed");
    }
}
