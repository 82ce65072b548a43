package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A problem whose detail (and, for a problem naming one field, its violation message) is a {@link Text}: the
 * {@link ProblemLanguage} post-processor writes it in the caller's language. Built by {@link Problems}.
 */
public final class LocalizedProblem extends HttpProblem {
    private final Text detail;
    private final String field;
    private final String in;

    LocalizedProblem(int status, HttpProblem.Builder builder, Text detail, String field, String in) {
        super(builder.withStatus(status).withTitle(Messages.bundle(Messages.ENGLISH).getString("title." + status))
                .withDetail(detail == null ? null : (field == null ? "" : field + ": ") + detail));
        this.detail = detail;
        this.field = field;
        this.in = in;
    }

    /** The response in the current request's language, for filters and exception mappers that answer directly. */
    @Override
    public Response toResponse() {
        return ProblemLanguage.translate(this, ProblemLanguage.language()).toResponse();
    }

    public Text text() {
        return detail;
    }

    /** The field the problem names, or null. */
    public String field() {
        return field;
    }

    /** Where the field is: body, query, header. */
    public String in() {
        return in;
    }

    public String detail(Locale language) {
        if (detail == null) {
            return null;
        }
        String message = Messages.format(language, detail);
        return field == null ? message : field + ": " + message;
    }

    public String message(Locale language) {
        return Messages.format(language, detail);
    }
}
