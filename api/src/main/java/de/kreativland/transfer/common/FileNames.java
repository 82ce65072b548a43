package de.kreativland.transfer.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names of downloaded files that say what they hold: "transferkonzept-kuenstlerstadt-kalbe-v2.pdf". */
public final class FileNames {
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "[\\s,]+(e\\.\\s?V\\.|gGmbH|GmbH(\\s?&\\s?Co\\.\\s?KG)?|gUG|UG|eG|mbH|KG|AG)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PART = 60;

    private FileNames() {
    }

    /** Lower-case ASCII words joined by "-": umlauts spelled out (ü → ue, ß → ss), a trailing legal form left out. */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String withoutForm = LEGAL_FORM.matcher(text.strip()).replaceFirst("");
        String ascii = Normalizer.normalize(spellUmlauts(withoutForm), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= MAX_PART ? slug : slug.substring(0, MAX_PART).replaceAll("-+$", "");
    }

    /** RFC 6266: an ASCII fallback name (umlauts spelled out) and the exact name in RFC 5987 encoding. */
    public static String attachment(String fileName) {
        String ascii = spellUmlauts(fileName).replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String spellUmlauts(String text) {
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }
}
