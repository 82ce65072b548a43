package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Writes every problem+json in the caller's language (Accept-Language; German unless English is preferred): the
 * title by status, the detail and violation message of a {@link LocalizedProblem} from its key. Details the API did
 * not write (the framework's) give way to the status's own description in German. Runs after JsonProblemPostProcessor
 * and before ProblemLimits.
 */
@ApplicationScoped
public class ProblemLanguage implements ProblemPostProcessor {
    private static final String VIOLATIONS = "violations";

    @Override
    public int priority() {
        return -10;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        LocalizedProblem localized = problem instanceof LocalizedProblem own ? own
                : context.cause instanceof LocalizedProblem thrown ? thrown : null;
        return translate(problem, localized, language());
    }

    /** The language of the current request (German outside a request). */
    public static Locale language() {
        if (Arc.container() == null) {
            return Messages.GERMAN;
        }
        try {
            RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            return current == null ? Messages.GERMAN
                    : Messages.choose(current.acceptableLanguages().stream().map(LanguageHeader::value).toList());
        } catch (ContextNotActiveException outsideRequest) {
            return Messages.GERMAN;
        }
    }

    public static HttpProblem translate(LocalizedProblem problem, Locale language) {
        return translate(problem, problem, language);
    }

    /** {@code problem} in {@code language}, its texts from {@code localized} when the API wrote it (else null). */
    private static HttpProblem translate(HttpProblem problem, LocalizedProblem localized, Locale language) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withStatus(problem.getStatusCode())
                .withTitle(title(problem.getStatusCode(), language, problem.getTitle()))
                .withDetail(localized != null ? localized.detail(language) : detail(problem, language));
        if (problem.getType() != null) {
            builder.withType(problem.getType());
        }
        if (problem.getInstance() != null) {
            builder.withInstance(problem.getInstance());
        }
        problem.getHeaders().forEach(builder::withHeader);
        problem.getParameters().forEach((name, value) -> builder.with(name,
                VIOLATIONS.equals(name) && localized != null && localized.field() != null
                        ? List.of(violation(localized, language)) : value));
        return builder.build();
    }

    private static Map<String, String> violation(LocalizedProblem problem, Locale language) {
        Map<String, String> violation = new LinkedHashMap<>();
        violation.put("field", problem.field());
        violation.put("in", problem.in());
        violation.put("message", problem.message(language));
        return violation;
    }

    /** The framework's detail in English; in German the status's own description (the framework writes English only). */
    private static String detail(HttpProblem problem, Locale language) {
        if (Messages.ENGLISH.equals(language)) {
            return problem.getDetail();
        }
        return lookup(language, "detail." + problem.getStatusCode(), problem.getDetail());
    }

    private static String title(int status, Locale language, String given) {
        return lookup(language, "title." + status, given);
    }

    private static String lookup(Locale language, String key, String otherwise) {
        try {
            return Messages.bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return otherwise;
        }
    }
}
