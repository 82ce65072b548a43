package de.kreativland.transfer.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The API's own messages in the two languages it speaks: German (the default) and English. */
public final class Messages {
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(GERMAN, ENGLISH);
    public static final String BUNDLE = "messages.problems";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, GERMAN.getLanguage().equals(language.getLanguage()) ? GERMAN : Locale.ROOT,
                NO_FALLBACK);
    }

    /** The text in {@code language}; a key missing from the bundle is shown as itself (a test keeps the bundles complete). */
    public static String format(Locale language, Text text) {
        String pattern;
        try {
            pattern = bundle(language).getString(text.key());
        } catch (MissingResourceException missing) {
            return text.key();
        }
        Object[] args = Arrays.stream(text.args()).map(arg -> arg instanceof Text nested ? format(language, nested)
                : arg instanceof Number || arg instanceof java.time.temporal.TemporalAccessor ? arg : String.valueOf(arg)).toArray();
        return new MessageFormat(pattern, language).format(args);
    }

    /** The language of {@code acceptLanguage} (an Accept-Language header's tags, best first): German unless English comes first. */
    public static Locale choose(List<String> tags) {
        for (String tag : tags) {
            String language = Locale.forLanguageTag(tag.trim()).getLanguage();
            if (GERMAN.getLanguage().equals(language)) {
                return GERMAN;
            }
            if (ENGLISH.getLanguage().equals(language)) {
                return ENGLISH;
            }
        }
        return GERMAN;
    }
}
