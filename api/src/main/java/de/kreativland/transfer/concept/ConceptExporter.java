package de.kreativland.transfer.concept;

import de.kreativland.transfer.coach.ExpertiseTopic;
import de.kreativland.transfer.coach.ExpertiseTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import de.kreativland.transfer.common.Markdown;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A version of a transfer concept as Markdown (sections as headings) and as PDF (Apache PDFBox with the
 * embedded DejaVu Sans, so German umlauts and ß render).
 */
@ApplicationScoped
public class ConceptExporter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Berlin"));

    @Inject
    ExpertiseTopics expertiseTopics;

    /** Headings and labels in German, or in English when asked. */
    record Labels(boolean english) {
        String version(int n) {
            return english ? "Version " + n : "Fassung " + n;
        }

        String submitted(String date, String by) {
            return english ? "submitted on " + date + " by " + by : "eingereicht am " + date + " von " + by;
        }

        String duration() {
            return english ? "Typical duration" : "Typische Dauer";
        }

        String topic() {
            return english ? "Topic" : "Thema";
        }

        String empty() {
            return english ? "(empty)" : "(leer)";
        }
    }

    /**
     * Longest Markdown export: title and organisation (200 each), the submitter (255), ten sections of at most
     * 50,000 characters and 50 plan steps of at most 5,400 with their topic, plus headings: well below this.
     */
    static final int MAX_MARKDOWN = 1_000_000;

    public String markdown(ConceptVersion version, String organisationName, boolean english) {
        Labels labels = new Labels(english);
        Map<String, String> topics = topicNames(english);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(version.title()).append("\n\n");
        md.append("*").append(organisationName).append(" · ").append(labels.version(version.number())).append(", ")
                .append(labels.submitted(DATE.format(version.submittedAt()), version.submittedByName())).append("*\n");
        for (SectionKey key : SectionKey.values()) {
            md.append("\n## ").append(key.title(english)).append("\n\n");
            if (key == SectionKey.TRANSFER_PLAN) {
                List<TransferStep> steps = version.sections().steps();
                if (steps.isEmpty()) {
                    md.append(labels.empty()).append('\n');
                }
                for (int i = 0; i < steps.size(); i++) {
                    TransferStep step = steps.get(i);
                    md.append("### ").append(i + 1).append(". ").append(step.title()).append("\n\n");
                    List<String> facts = new ArrayList<>();
                    if (step.typicalDuration() != null) {
                        facts.add(labels.duration() + ": " + step.typicalDuration());
                    }
                    facts.add(labels.topic() + ": " + topics.getOrDefault(step.topic(), step.topic()));
                    md.append("*").append(String.join(" · ", facts)).append("*\n\n");
                    if (step.description() != null) {
                        md.append(step.description().strip()).append("\n\n");
                    }
                }
            } else {
                String text = version.sections().text(key);
                md.append(text == null ? labels.empty() : text.strip()).append('\n');
            }
        }
        return md.toString().replaceAll("\n{3,}", "\n\n");
    }

    public byte[] pdf(ConceptVersion version, String organisationName, boolean english) {
        String markdown = markdown(version, organisationName, english);
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(version.title());
            info.setAuthor(organisationName);
            info.setSubject(english ? "Transfer concept" : "Transferkonzept");
            info.setCreator("KreativLand Transfer");
            Calendar created = GregorianCalendar.from(version.submittedAt().toZonedDateTime());
            info.setCreationDate(created);
            document.getDocumentCatalog().setLanguage(english ? "en" : "de-DE");
            try (Layout layout = new Layout(document, regular, bold)) {
                layout.blocks(Markdown.parse(markdown), 0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF export failed", e);
        }
    }

    private Map<String, String> topicNames(boolean english) {
        return expertiseTopics.list().stream().collect(Collectors.toMap(ExpertiseTopic::key,
                english ? ExpertiseTopic::nameEn : ExpertiseTopic::nameDe));
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = ConceptExporter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Lays out parsed Markdown on A4 pages: headings, paragraphs, lists, quotes, code and tables, word-wrapped. */
    private static final class Layout implements AutoCloseable {
        private static final float MARGIN = 56;
        private static final float BODY = 10.5f;
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private PDPageContentStream stream;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Layout(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        /** The blocks under a node, in order: headings, paragraphs, lists, quotes, code, rules and tables. */
        void blocks(Node parent, float indent) throws IOException {
            for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
                block(block, indent);
            }
        }

        private void block(Node block, float indent) throws IOException {
            if (block instanceof Heading heading) {
                switch (heading.getLevel()) {
                    case 1 -> write(inline(heading), bold, 18, indent, 8);
                    case 2 -> {
                        y -= 6;
                        write(inline(heading), bold, 14, indent, 4);
                    }
                    default -> write(inline(heading), bold, 12, indent, 2);
                }
            } else if (block instanceof Paragraph paragraph) {
                write(inline(paragraph), regular, BODY, indent, BODY * 0.6f);
            } else if (block instanceof ListBlock list) {
                int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String marker = list instanceof OrderedList ? (number++) + "." : "•";
                    listItem(item, marker, indent);
                }
                y -= BODY * 0.6f;
            } else if (block instanceof BlockQuote quote) {
                blocks(quote, indent + 14);
            } else if (block instanceof FencedCodeBlock code) {
                lines(code.getLiteral(), indent + 8);
            } else if (block instanceof IndentedCodeBlock code) {
                lines(code.getLiteral(), indent + 8);
            } else if (block instanceof ThematicBreak) {
                rule(indent);
            } else if (block instanceof TableBlock table) {
                table(table, indent);
            } else {
                blocks(block, indent);
            }
        }

        /** A list item: its marker (task items show a box), then its paragraphs and nested lists indented. */
        private void listItem(Node item, String marker, float indent) throws IOException {
            String prefix = marker;
            boolean firstBlock = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TaskListItemMarker task) {
                    prefix = task.isChecked() ? "☑" : "☐";
                    continue;
                }
                if (firstBlock && child instanceof Paragraph paragraph) {
                    write(prefix + " " + inline(paragraph), regular, BODY, indent + 12, 0);
                } else {
                    block(child, indent + 12);
                }
                firstBlock = false;
            }
        }

        private void lines(String literal, float indent) throws IOException {
            for (String line : literal.stripTrailing().split("\n", -1)) {
                write(line.isBlank() ? " " : line, regular, BODY - 1, indent, 0);
            }
            y -= BODY * 0.6f;
        }

        private void rule(float indent) throws IOException {
            if (y - BODY < MARGIN) {
                newPage();
            }
            y -= BODY * 0.6f;
            stream.moveTo(MARGIN + indent, y);
            stream.lineTo(MARGIN + width, y);
            stream.stroke();
            y -= BODY * 0.6f;
        }

        /** A table as a grid: equal columns, cells word-wrapped, the header row in bold, a new page between rows. */
        private void table(TableBlock table, float indent) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> header = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(inline(cell));
                    }
                    rows.add(cells);
                    header.add(section instanceof TableHead);
                }
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            if (columns == 0) {
                return;
            }
            float size = BODY - 0.5f;
            float leading = size * 1.35f;
            float padding = 3;
            float columnWidth = (width - indent) / columns;
            for (int r = 0; r < rows.size(); r++) {
                PDType0Font font = header.get(r) ? bold : regular;
                List<List<String>> wrapped = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < columns; c++) {
                    String text = c < rows.get(r).size() ? printable(rows.get(r).get(c), font) : "";
                    List<String> cellLines = wrap(text, font, size, columnWidth - 2 * padding);
                    wrapped.add(cellLines);
                    height = Math.max(height, cellLines.size());
                }
                float rowHeight = height * leading + 2 * padding;
                if (y - rowHeight < MARGIN) {
                    newPage();
                }
                float top = y;
                for (int c = 0; c < columns; c++) {
                    float x = MARGIN + indent + c * columnWidth;
                    float lineY = top - padding;
                    for (String line : wrapped.get(c)) {
                        lineY -= leading;
                        stream.beginText();
                        stream.setFont(font, size);
                        stream.newLineAtOffset(x + padding, lineY + size * 0.3f);
                        stream.showText(line);
                        stream.endText();
                    }
                    stream.addRect(x, top - rowHeight, columnWidth, rowHeight);
                }
                stream.stroke();
                y = top - rowHeight;
            }
            y -= BODY * 0.8f;
        }

        /** Inline Markdown as plain text: emphasis and code marks dropped, links as "text (url)". */
        private static String inline(Node parent) {
            StringBuilder text = new StringBuilder();
            parent.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(Code node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak node) {
                    text.append(' ');
                }

                @Override
                public void visit(HardLineBreak node) {
                    text.append(' ');
                }

                @Override
                public void visit(Link node) {
                    int start = text.length();
                    visitChildren(node);
                    String label = text.substring(start);
                    if (node.getDestination() != null && !node.getDestination().equals(label)
                            && !node.getDestination().equals("mailto:" + label)) {
                        text.append(" (").append(node.getDestination()).append(')');
                    }
                }
            });
            return text.toString().replace('\t', ' ').strip();
        }

        private void write(String text, PDType0Font font, float size, float indent, float spaceAfter) throws IOException {
            String printable = printable(text, font);
            float leading = size * 1.35f;
            for (String line : wrap(printable, font, size, width - indent)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
            y -= spaceAfter;
        }

        private List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private static float width(String text, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font has no glyph for become '?', control characters spaces. */
        private String printable(String text, PDType0Font font) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                    return;
                }
                boolean has = known.computeIfAbsent(cp, hasGlyph(font));
                out.appendCodePoint(has ? cp : '?');
            });
            return out.toString();
        }

        private static Function<Integer, Boolean> hasGlyph(PDType0Font font) {
            return cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            };
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
