package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Problems never exceed the lengths and counts that openapi.yaml states for them. */
class ProblemLimitsTest {
    private final ProblemLimits limits = new ProblemLimits();

    @Test
    void problemWithinTheLimitsIsLeftAsItIs() {
        HttpProblem problem = Problems.invalidField("name", "must not be blank");
        assertSame(problem, limits.apply(problem, ProblemContext.of(null, "/organisations")));
    }

    @Test
    void longTextsAreShortenedAndViolationsCappedKeepingStatusAndHeaders() {
        List<Map<String, String>> violations = IntStream.range(0, 150)
                .mapToObj(i -> Map.of("field", "f".repeat(300), "in", "body", "message", "m".repeat(2000))).toList();
        HttpProblem problem = HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail("d".repeat(5000))
                .withHeader("Retry-After", 3).with("violations", violations).build();

        HttpProblem limited = limits.apply(problem, ProblemContext.of(null, "/organisations"));

        assertEquals(400, limited.getStatusCode());
        assertEquals(ProblemLimits.MAX_DETAIL, limited.getDetail().length());
        assertEquals(3, limited.getHeaders().get("Retry-After"));
        List<?> capped = (List<?>) limited.getParameters().get("violations");
        assertEquals(ProblemLimits.MAX_VIOLATIONS, capped.size());
        Map<?, ?> first = (Map<?, ?>) capped.get(0);
        assertEquals(ProblemLimits.MAX_FIELD, first.get("field").toString().length());
        assertEquals(ProblemLimits.MAX_MESSAGE, first.get("message").toString().length());
        assertEquals("body", first.get("in"));
        assertTrue(first.get("field").toString().endsWith("…"));
    }
}
