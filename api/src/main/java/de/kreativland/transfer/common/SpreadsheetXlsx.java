package de.kreativland.transfer.common;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook of one sheet, streamed with fastexcel (rows go to the output as they are flushed, so a large
 * export needs no more memory than a small one): a bold, frozen header row, numbers as numbers, text as text, so
 * nothing a person wrote can become a formula.
 */
final class SpreadsheetXlsx implements SpreadsheetWriter {
    private static final int ROWS_PER_FLUSH = 500;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    private SpreadsheetXlsx(Workbook workbook, Worksheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
    }

    static SpreadsheetXlsx open(OutputStream output, String sheetName, List<String> headings) {
        Workbook workbook = new Workbook(output, "KreativLand Transfer", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
        for (int column = 0; column < headings.size(); column++) {
            sheet.value(0, column, headings.get(column));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        return new SpreadsheetXlsx(workbook, sheet);
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.isEmpty() ? "Daten" : cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value instanceof Boolean yes) {
                sheet.value(row, column, yes);
            } else if (value != null) {
                sheet.value(row, column, value.toString());
            }
        }
        row++;
        if (row % ROWS_PER_FLUSH == 0) {
            sheet.flush();
        }
    }

    @Override
    public void flush() throws IOException {
        sheet.flush();
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
