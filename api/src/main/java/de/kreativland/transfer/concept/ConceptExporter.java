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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
                for (String line : markdown.split("\n", -1)) {
                    layout.markdownLine(line);
                }
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

    /** Lays out Markdown lines on A4 pages: headings, paragraphs, list items, word-wrapped. */
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

        void markdownLine(String raw) throws IOException {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                y -= BODY * 0.6f;
                return;
            }
            if (line.startsWith("# ")) {
                write(inline(line.substring(2)), bold, 18, 0, 8);
            } else if (line.startsWith("## ")) {
                y -= 6;
                write(inline(line.substring(3)), bold, 14, 0, 4);
            } else if (line.matches("^#{3,6} .*")) {
                write(inline(line.replaceFirst("^#+ ", "")), bold, 12, 0, 2);
            } else if (line.matches("^\\s*[-*+] .*")) {
                write("• " + inline(line.replaceFirst("^\\s*[-*+] ", "")), regular, BODY, 12, 0);
            } else if (line.matches("^\\s*\\d+[.)] .*")) {
                write(inline(line.strip()), regular, BODY, 12, 0);
            } else {
                write(inline(line.strip()), regular, BODY, 0, 0);
            }
        }

        /** Inline Markdown as plain text: emphasis and code marks dropped, links as "text (url)". */
        private static String inline(String text) {
            return text.replaceAll("\\[([^\\]]*)]\\(([^)]*)\\)", "$1 ($2)")
                    .replaceAll("(\\*\\*|__|`)", "")
                    .replaceAll("(^|\\s)[*_]([^*_]+)[*_](?=\\s|$|[.,;:!?])", "$1$2")
                    .replace('\t', ' ');
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
