package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The outreach report in the spreadsheets people open: German CSV (semicolon, decimal comma) and an Excel workbook. */
@QuarkusTest
class OutreachSpreadsheetTest extends MetricsApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> GERMAN_HEADINGS = List.of("Kennzahl", "Name", "Name (englisch)", "Einheit", "Art", "Aufschlüsselung",
            "Bezeichnung", "Bundesland", "Von", "Bis", "Wert", "Anteilig gezählt", "Vorzeitraum", "Ausgangswert", "Zielwert",
            "Zielerreichung");

    private static byte[] download(String accept, String fileName) {
        return as(coordinator()).accept(accept).queryParam("from", "2017-06-27").queryParam("to", "2017-10-04").queryParam("state", "SN")
                .when().get("/api/v1/outreach-report")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"" + fileName + "\""))
                .extract().asByteArray();
    }

    /** The JSON report's total per indicator. */
    private static Map<String, BigDecimal> jsonTotals() {
        JsonNode report = report(coordinator(), "2017-06-27", "2017-10-04", "state", "SN");
        Map<String, BigDecimal> totals = new HashMap<>();
        report.get("indicators").forEach(i -> totals.put(i.get("key").asText(), i.get("value").decimalValue()));
        return totals;
    }

    @Test
    void theGermanCsvOpensInColumnsWithGermanHeadingsAndDecimalCommas() throws IOException {
        byte[] bytes = download("text/csv;dialect=de", "reichweite-sachsen-2017-06-27-2017-10-04.csv");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows;
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(text)) {
            rows = it.readAll();
        }
        assertEquals(GERMAN_HEADINGS, rows.get(0));
        Map<String, BigDecimal> totals = jsonTotals();
        int compared = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(16, row.size(), row.toString());
            if (row.get(5).equals("TOTAL") && !row.get(10).isEmpty()) {
                assertTrue(row.get(10).matches("-?\\d+(,\\d+)?"), "decimal comma, no grouping: " + row);
                assertEquals(0, totals.get(row.get(0)).compareTo(new BigDecimal(row.get(10).replace(',', '.'))), row.toString());
                compared++;
            }
        }
        assertEquals(totals.size(), compared, "every indicator's total is in the CSV");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("events_held") && r.get(10).equals("80")), "80 events, a whole number");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("coaching_hours") && r.get(5).equals("TOTAL") && r.get(10).matches("\\d+,\\d{2}")),
                "hours with a decimal comma");
    }

    @Test
    void theWorkbookHasGermanHeadingsAndTheTotalsAsNumbers() throws IOException {
        byte[] bytes = download(XLSX, "reichweite-sachsen-2017-06-27-2017-10-04.xlsx");
        Map<String, BigDecimal> totals = jsonTotals();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("Reichweite", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(GERMAN_HEADINGS, rows.get(0).stream().map(cell -> cell.getRawValue()).toList());
            int compared = 0;
            for (Row row : rows.subList(1, rows.size())) {
                if ("TOTAL".equals(row.getCellText(5)) && row.getCellAsNumber(10).isPresent()) {
                    assertEquals(0, totals.get(row.getCellText(0)).compareTo(row.getCellAsNumber(10).get()), row.toString());
                    compared++;
                }
            }
            assertEquals(totals.size(), compared, "every indicator's total is a number in the workbook");
        }
    }
}
