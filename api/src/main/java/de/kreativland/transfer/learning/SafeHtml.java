package de.kreativland.transfer.learning;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
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

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final PolicyFactory BODY_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "a", "img")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("src", "alt", "title").onElements("img")
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
        return BODY_POLICY.sanitize(HTML.render(MARKDOWN.parse(markdown)));
    }

    /** A ts_headline result as HTML: everything escaped, only the match marks become &lt;mark&gt; elements. */
    static String snippet(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String escaped = escape(headline.replaceAll("\\s+", " ").strip())
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
