package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files may be attached, decided by their bytes. Tika core detects the type from magic
 * bytes alone (the name is not trusted); the file name's extension must then be one that belongs
 * to that detected type. Office files are ZIP containers: Tika core recognises OOXML by its
 * [Content_Types].xml entry and ODF by its mimetype entry, so a plain ZIP renamed to .docx, or a
 * spreadsheet renamed to .odt, is refused. Text must be valid UTF-8 without NUL bytes; HTML, SVG,
 * executables and everything else are refused.
 */
final class AttachmentTypes {
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Extension → [type detected from the content, type stored and delivered]. */
    private static final Map<String, String[]> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new String[] {"application/pdf", "application/pdf"}),
            Map.entry("png", new String[] {"image/png", "image/png"}),
            Map.entry("jpg", new String[] {"image/jpeg", "image/jpeg"}),
            Map.entry("jpeg", new String[] {"image/jpeg", "image/jpeg"}),
            Map.entry("txt", new String[] {"text/plain", "text/plain"}),
            Map.entry("md", new String[] {"text/plain", "text/markdown"}),
            Map.entry("csv", new String[] {"text/plain", "text/csv"}),
            Map.entry("docx", new String[] {"application/x-tika-ooxml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}),
            Map.entry("xlsx", new String[] {"application/x-tika-ooxml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}),
            Map.entry("pptx", new String[] {"application/x-tika-ooxml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"}),
            Map.entry("odt", new String[] {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text"}),
            Map.entry("ods", new String[] {"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet"}),
            Map.entry("odp", new String[] {"application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.presentation"}));

    static final String ALLOWED = "pdf, png, jpg/jpeg, txt, md, csv (UTF-8), docx, xlsx, pptx, odt, ods, odp";

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private AttachmentTypes() {
    }

    /** The content type to store, or a 415 problem naming the field {@code file}. */
    static String check(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String[] expected = BY_EXTENSION.get(extension);
        if (expected == null) {
            throw Problems.unsupportedType("file", "learning.file-type-not-accepted", extension.isEmpty() ? fileName : "." + extension, ALLOWED);
        }
        String detected = detect(content);
        if (!expected[0].equals(detected)) {
            throw Problems.unsupportedType("file", "learning.file-content-mismatch", describe(detected), fileName, ALLOWED);
        }
        if (detected.equals("text/plain") && !isUtf8Text(content)) {
            throw Problems.unsupportedType("file", "learning.text-not-utf8");
        }
        return expected[1];
    }

    private static String detect(byte[] content) {
        try {
            return MAGIC.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detected type for a message: a text to translate, or the media type itself. */
    private static Object describe(String detected) {
        return switch (detected) {
            case "application/octet-stream" -> Text.of("learning.content-unknown");
            case "application/x-tika-ooxml" -> Text.of("learning.content-ooxml");
            default -> detected;
        };
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
