package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.Markdown;
import de.kreativland.transfer.common.Problems;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as people write it, delivered as HTML that cannot run anything. Two layers: commonmark
 * escapes raw HTML and drops unsafe link protocols while rendering, then the OWASP sanitiser keeps
 * only an allow-list of elements and attributes (no script, no event handler, no javascript: URL),
 * so that a gap in one layer is closed by the other.
 */
final class SafeHtml {
    /** Opening and closing marks of search matches from ts_headline; replaced by &lt;mark&gt; after escaping. */
    static final String MATCH_START = "\u27e6";
    static final String MATCH_END = "\u27e7";
    /** HTML of a module body (Markdown of at most 100,000 characters) and of a path introduction (20,000). */
    static final int MAX_BODY_HTML = 1_000_000;
    static final int MAX_INTRODUCTION_HTML = 200_000;
    /** A search snippet quotes at most this much text; escaped and marked it stays below MAX_SNIPPET. */
    static final int MAX_SNIPPET_TEXT = 1000;
    static final int MAX_SNIPPET = 10_000;

    private static final PolicyFactory BODY_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowElements("input")
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
            .toFactory();

    private static final PolicyFactory SNIPPET_POLICY = new HtmlPolicyBuilder().allowElements("mark").toFactory();

    private SafeHtml() {
    }

    static String fromMarkdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return BODY_POLICY.sanitize(Markdown.HTML.render(Markdown.parse(markdown)));
    }

    /**
     * 400 naming the field when Markdown renders to more HTML than the contract allows, which few characters
     * can do (one long link referenced thousands of times); normal text grows by a fraction.
     */
    static void requireRenderable(String field, String markdown, int maxHtml) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        StringBuilder html = new StringBuilder();
        try {
            // Stops as soon as the rendering passes the limit, so a bomb costs no more than the limit.
            Markdown.HTML.render(Markdown.parse(markdown), new Limited(html, maxHtml));
        } catch (TooLong e) {
            throw Problems.invalidField(field, "learning.html-too-long", String.valueOf(maxHtml));
        }
        if (BODY_POLICY.sanitize(html.toString()).length() > maxHtml) {
            throw Problems.invalidField(field, "learning.html-too-long", String.valueOf(maxHtml));
        }
    }

    /** An Appendable that refuses to grow beyond a limit. */
    private record Limited(StringBuilder out, int max) implements Appendable {
        @Override
        public Appendable append(CharSequence text) {
            return append(text, 0, text.length());
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            if (out.length() + end - start > max) {
                throw new TooLong();
            }
            out.append(text, start, end);
            return this;
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }
    }

    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /** A ts_headline result as HTML: everything escaped, only the match marks become &lt;mark&gt; elements. */
    static String snippet(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String text = headline.replaceAll("\\s+", " ").strip();
        String escaped = escape(text.length() > MAX_SNIPPET_TEXT ? text.substring(0, MAX_SNIPPET_TEXT) + "…" : text)
                .replace(MATCH_START, "<mark>").replace(MATCH_END, "</mark>");
        return SNIPPET_POLICY.sanitize(escaped);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
