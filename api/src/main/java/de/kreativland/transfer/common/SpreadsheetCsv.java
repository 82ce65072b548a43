package de.kreativland.transfer.common;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every CSV the API writes: RFC 4180, UTF-8 with a byte order mark (so that Excel, which otherwise assumes the
 * Windows code page, shows umlauts), a header row, quotes only where a value needs them, and no cell that a
 * spreadsheet would run as a formula: a text starting with {@code = + - @}, tab or carriage return gets a leading
 * apostrophe (OWASP's advice on CSV injection); numbers such as {@code -3.5} stay numbers. In the German dialect
 * the separator is a semicolon, numbers have a decimal comma and yes/no read "ja"/"nein".
 */
public final class SpreadsheetCsv implements SpreadsheetWriter {
    public static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private static final Pattern GERMAN_NUMBER = Pattern.compile("[-+]?\\d+(,\\d+)?");

    private final CsvGenerator csv;
    private final boolean german;

    private SpreadsheetCsv(CsvGenerator csv, boolean german) {
        this.csv = csv;
        this.german = german;
    }

    /** Writes the byte order mark and the header row; in the German dialect when asked. */
    public static SpreadsheetCsv open(OutputStream output, List<String> columns, boolean german) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        writer.write(BOM);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(german ? ';' : ',');
        columns.forEach(schema::addColumn);
        // Jackson's default also quotes every long value
        CsvGenerator csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
                .getFactory().createGenerator(writer);
        csv.setSchema(schema.build());
        return new SpreadsheetCsv(csv, german);
    }

    /** Machine CSV: comma, decimal point, as RFC 4180 readers expect. */
    public static SpreadsheetCsv open(OutputStream output, List<String> columns) throws IOException {
        return open(output, columns, false);
    }

    /** One row; null is an empty cell. */
    @Override
    public void row(List<?> values) throws IOException {
        csv.writeStartArray();
        for (Object value : values) {
            csv.writeString(cell(value));
        }
        csv.writeEndArray();
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return german ? (yes ? "ja" : "nein") : yes.toString();
        }
        if (value instanceof Number number) {
            String plain = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            return german ? plain.replace('.', ',') : plain;
        }
        return inert(value.toString(), german ? GERMAN_NUMBER : NUMBER);
    }

    /** The value as a spreadsheet shows it without evaluating it. */
    public static String inert(String value) {
        return inert(value, NUMBER);
    }

    private static String inert(String value, Pattern number) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || number.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
