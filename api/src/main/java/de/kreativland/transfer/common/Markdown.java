package de.kreativland.transfer.common;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as people write it in this product: GitHub-flavoured (tables, task lists, strikethrough,
 * autolinks), the same dialect the web client renders with remark-gfm. One parser for HTML, plain text
 * (search snippets) and the PDF layout.
 */
public final class Markdown {
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListItemsExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    /** Raw HTML in the text is escaped, unsafe link protocols dropped; callers sanitise the result as well. */
    public static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /**
     * The words a reader sees, without Markdown marks: headings, emphasis, list, task and table syntax are
     * gone; each block on a line of its own, table cells separated by spaces.
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(markdown.length());
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append('\n');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append('\n');
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
                out.append('\n');
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
                out.append(' ');
            }
        });
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n").strip();
    }
}
