package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one table of domain errors and their HTTP status. Services throw what these return;
 * quarkus-resteasy-problem renders them as RFC 9457 problem+json.
 */
public final class Problems {
    private Problems() {
    }

    /** 404: the thing does not exist, or the caller may not know that it does. */
    public static HttpProblem notFound(String what, Object id) {
        return HttpProblem.builder().withStatus(404).withTitle("Not Found")
                .withDetail(what + " " + id + " does not exist or is not visible to you").build();
    }

    /** 400 naming one invalid field, in the same shape as a bean-validation error. */
    public static HttpProblem invalidField(String field, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message))).build();
    }

    /** 400 naming one invalid query parameter. */
    public static HttpProblem invalidQuery(String parameter, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail(parameter + ": " + message)
                .with("violations", List.of(Map.of("field", parameter, "in", "query", "message", message))).build();
    }

    /** 403 for a field the caller's role may not set; the request changes nothing. */
    public static HttpProblem forbiddenField(String field, String message) {
        return HttpProblem.builder().withStatus(403).withTitle("Forbidden").withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message))).build();
    }

    /** 403: authenticated, allowed the endpoint, but not this object or action. */
    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder().withStatus(403).withTitle("Forbidden").withDetail(detail).build();
    }

    /**
     * 403 for the four-eyes rule: the caller did the step before (submitted, edited) and so may not
     * take the approving one. {@code rule} names the rule, so clients can explain it.
     */
    public static HttpProblem fourEyes(String detail) {
        return HttpProblem.builder().withStatus(403).withTitle("Forbidden").withDetail("Four eyes: " + detail)
                .with("rule", "four-eyes").build();
    }

    /** 409 naming the rule that refuses the request and the field that would satisfy it (e.g. over-budget, overBudgetReason). */
    public static HttpProblem ruleField(String rule, String field, String message) {
        return HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail(field + ": " + message).with("rule", rule)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message))).build();
    }

    /** 409 naming the rule that refuses the request (e.g. incomplete-scoring, budget-exceeded). */
    public static HttpProblem ruleConflict(String rule, String detail) {
        return HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail(detail).with("rule", rule).build();
    }

    /** 409 naming the rule and the items that break it (e.g. complete-sections, emptySections). */
    public static HttpProblem ruleConflict(String rule, String detail, String itemsName, List<String> items) {
        return HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail(detail).with("rule", rule)
                .with(itemsName, List.copyOf(items)).build();
    }

    /** 409: the request contradicts the current state. */
    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail(detail).build();
    }

    /** 409 for a workflow step that is not allowed now, naming the steps that are. */
    public static HttpProblem illegalTransition(String from, String to, Collection<String> allowed) {
        return HttpProblem.builder().withStatus(409).withTitle("Conflict")
                .withDetail("Cannot go from " + from + " to " + to + "; allowed from " + from + ": "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)))
                .with("allowedTransitions", List.copyOf(allowed)).build();
    }

    /** 413 naming the field (an uploaded file) that is too large; nothing is stored. */
    public static HttpProblem payloadTooLarge(String field, String message) {
        return HttpProblem.builder().withStatus(413).withTitle("Content Too Large").withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message))).build();
    }

    /** 415 naming the field (an uploaded file) whose content is not an allowed type; nothing is stored. */
    public static HttpProblem unsupportedType(String field, String message) {
        return HttpProblem.builder().withStatus(415).withTitle("Unsupported Media Type").withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message))).build();
    }

    /** 428: a write of an existing resource without If-Match. */
    public static HttpProblem preconditionRequired() {
        return HttpProblem.builder().withStatus(428).withTitle("Precondition Required")
                .withDetail("Send the ETag you last read in an If-Match header, so that no concurrent change is overwritten").build();
    }

    /** 428: If-Match is the wildcard, which names no version. */
    public static HttpProblem wildcardPrecondition() {
        return HttpProblem.builder().withStatus(428).withTitle("Precondition Required")
                .withDetail("If-Match: * names no version: send the ETag you last read, so that no concurrent change is overwritten").build();
    }

    /** 412: If-Match names an older version. */
    public static HttpProblem preconditionFailed() {
        return HttpProblem.builder().withStatus(412).withTitle("Precondition Failed")
                .withDetail("Somebody else changed this in the meantime: reload it and apply your change again").build();
    }
}
