package de.kreativland.transfer.learning;

import java.text.Normalizer;
import java.util.Locale;

/** Stable URL names from German titles: „Förderung für Kulturprojekte“ → foerderung-fuer-kulturprojekte. */
final class Slugs {
    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    static String of(String title) {
        String text = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return text.isEmpty() ? "modul" : text;
    }
}
