package de.kreativland.transfer.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checked values of a {@link Retiring} annotation and the headers they give. The policy's rules
 * are enforced here: valid dates, a sunset at least {@value #MIN_NOTICE_MONTHS} months after the
 * deprecation, and a successor or an info page, so that clients learn what to use instead.
 */
public record Retirement(LocalDate deprecatedOn, LocalDate sunsetOn, String successor, String info) {
    public static final int MIN_NOTICE_MONTHS = 6;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    public static Retirement of(Retiring retiring, String where) {
        return of(retiring.deprecatedOn(), retiring.sunsetOn(), retiring.successor(), retiring.info(), where);
    }

    /** Checks the values; {@code where} names the annotated method in the error. */
    public static Retirement of(String deprecatedOn, String sunsetOn, String successor, String info, String where) {
        LocalDate deprecated = date(deprecatedOn, "deprecatedOn", where);
        LocalDate sunset = date(sunsetOn, "sunsetOn", where);
        if (sunset.isBefore(deprecated.plusMonths(MIN_NOTICE_MONTHS))) {
            throw new IllegalArgumentException("@Retiring on " + where + ": sunsetOn " + sunset + " must be at least "
                    + MIN_NOTICE_MONTHS + " months after deprecatedOn " + deprecated);
        }
        String next = successor == null ? "" : successor.strip();
        String page = info == null ? "" : info.strip();
        if (next.isEmpty() && page.isEmpty()) {
            throw new IllegalArgumentException("@Retiring on " + where + ": name a successor or an info page");
        }
        return new Retirement(deprecated, sunset, next, page);
    }

    private static LocalDate date(String value, String attribute, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("@Retiring on " + where + ": " + attribute + " must be an ISO date (yyyy-MM-dd), not " + value);
        }
    }

    /** RFC 9745: a structured-field date, {@code @} and Unix seconds. */
    public String deprecationHeader() {
        return "@" + deprecatedOn.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** RFC 8594: an HTTP-date (IMF-fixdate). */
    public String sunsetHeader() {
        return HTTP_DATE.format(sunsetOn.atStartOfDay(ZoneOffset.UTC));
    }

    /** Link header values: the successor version and the page explaining the deprecation. */
    public List<String> links() {
        List<String> links = new ArrayList<>(2);
        if (!successor.isEmpty()) {
            links.add("<" + successor + ">; rel=\"successor-version\"");
        }
        if (!info.isEmpty()) {
            links.add("<" + info + ">; rel=\"deprecation\"; type=\"text/html\"");
        }
        return links;
    }

    /** The sentence the contract adds to the operation's description. */
    public String description() {
        return "**Deprecated** since " + deprecatedOn + "; may be removed from " + sunsetOn + " on"
                + (successor.isEmpty() ? "" : ". Use `" + successor + "` instead")
                + (info.isEmpty() ? "" : " (see " + info + ")")
                + ". Responses carry the Deprecation, Sunset and Link headers.";
    }
}
