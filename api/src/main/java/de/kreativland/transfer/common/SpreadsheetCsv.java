package de.kreativland.transfer.common;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
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
 * apostrophe (OWASP's advice on CSV injection); numbers such as {@code -3.5} stay numbers.
 */
public final class SpreadsheetCsv implements Closeable, Flushable {
    public static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final CsvGenerator csv;

    private SpreadsheetCsv(CsvGenerator csv) {
        this.csv = csv;
    }

    /** Writes the byte order mark and the header row. */
    public static SpreadsheetCsv open(OutputStream output, List<String> columns) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        writer.write(BOM);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        // Jackson's default also quotes every long value
        CsvGenerator csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
                .getFactory().createGenerator(writer);
        csv.setSchema(schema.build());
        return new SpreadsheetCsv(csv);
    }

    /** One row; null is an empty cell. */
    public void row(List<String> values) throws IOException {
        csv.writeStartArray();
        for (String value : values) {
            csv.writeString(value == null ? "" : inert(value));
        }
        csv.writeEndArray();
    }

    /** The value as a spreadsheet shows it without evaluating it. */
    public static String inert(String value) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
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
