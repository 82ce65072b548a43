package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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

    @Inject
    CurrentVertxRequest request;

    @Override
    public int priority() {
        return -10;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Locale language = language();
        if (!(problem instanceof LocalizedProblem) && context.cause instanceof LocalizedProblem thrown
                && thrown.getStatusCode() == problem.getStatusCode()) {
            // ProblemDefaultsProvider (priority 99) copies a thrown problem to add its instance, and the copy has lost the keys
            HttpProblem translated = translate(thrown, language);
            return problem.getInstance() == null ? translated : HttpProblem.builder(translated).withInstance(problem.getInstance()).build();
        }
        return translate(problem, language);
    }

    private Locale language() {
        RoutingContext current = request.getCurrent();
        return current == null ? Messages.GERMAN
                : Messages.choose(current.acceptableLanguages().stream().map(LanguageHeader::value).toList());
    }

    /** The language of a request seen by a JAX-RS filter or exception mapper. */
    public static Locale language(HttpHeaders headers) {
        return Messages.choose(headers.getAcceptableLanguages().stream().map(Locale::toLanguageTag).toList());
    }

    /** The response of {@code problem} in {@code language}, for filters and exception mappers that answer directly. */
    public static Response respond(HttpProblem problem, Locale language) {
        return translate(problem, language).toResponse();
    }

    public static HttpProblem translate(HttpProblem problem, Locale language) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withStatus(problem.getStatusCode())
                .withTitle(title(problem.getStatusCode(), language, problem.getTitle()))
                .withDetail(detail(problem, language));
        if (problem.getType() != null) {
            builder.withType(problem.getType());
        }
        if (problem.getInstance() != null) {
            builder.withInstance(problem.getInstance());
        }
        problem.getHeaders().forEach(builder::withHeader);
        problem.getParameters().forEach((name, value) -> builder.with(name,
                VIOLATIONS.equals(name) && problem instanceof LocalizedProblem localized && localized.field() != null
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

    private static String detail(HttpProblem problem, Locale language) {
        if (problem instanceof LocalizedProblem localized) {
            return localized.detail(language);
        }
        if (problem.getDetail() == null || Messages.ENGLISH.equals(language)) {
            return problem.getDetail();
        }
        return lookup(language, "detail." + problem.getStatusCode(), null);
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
