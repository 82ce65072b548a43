package de.kreativland.transfer.sync;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Every list export in the German CSV dialect and as a workbook: German headings, the same rows as the JSON list. */
@QuarkusTest
class ListSpreadsheetTest extends ApiTest {
    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static JsonPath json() {
        return api(TestTokens.coordinator()).queryParam("size", 100).queryParam("sort", "name").when().get(ORGANISATIONS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static byte[] download(String accept, String fileName) {
        return api(TestTokens.coordinator()).accept(accept).when().get(ORGANISATIONS).then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"" + fileName + "\"")).extract().asByteArray();
    }

    @Test
    void theOrganisationListInGermanCsvHasGermanHeadingsAndTheRowsOfTheJsonList() throws IOException {
        String text = new String(download("text/csv; dialect=de", "organisationen.csv"), StandardCharsets.UTF_8).substring(1);
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(';')).readValues(text)) {
            rows = it.readAll();
        }
        assertTrue(rows.get(0).containsKey("Name") && rows.get(0).containsKey("Bundesland") && rows.get(0).containsKey("Rolle im Programm"),
                rows.get(0).keySet().toString());
        JsonPath json = json();
        assertEquals(json.getInt("totalItems"), rows.size());
        for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
            Map<String, String> row = rows.stream().filter(r -> r.get("ID").equals(item.get("id"))).findFirst().orElseThrow();
            assertEquals(item.get("name"), row.get("Name"));
            assertEquals(item.get("state"), row.get("Bundesland"));
        }
    }

    @Test
    void theOrganisationListAsWorkbookHasTheSameRows() throws IOException {
        JsonPath json = json();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download(XLSX, "organisationen.xlsx")))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("Organisationen", workbook.getFirstSheet().getName());
            List<String> headings = rows.get(0).stream().map(cell -> cell.getRawValue()).toList();
            int id = headings.indexOf("ID");
            int name = headings.indexOf("Name");
            assertTrue(id >= 0 && name >= 0, headings.toString());
            assertEquals(json.getInt("totalItems"), rows.size() - 1);
            for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
                Row row = rows.stream().filter(r -> item.get("id").equals(r.getCellText(id))).findFirst().orElseThrow();
                assertEquals(item.get("name"), row.getCellText(name));
            }
        }
    }

    @Test
    void machineCsvKeepsCommasAndFieldNames() {
        String text = new String(download("text/csv", "organisations.csv"), StandardCharsets.UTF_8).substring(1);
        assertTrue(text.startsWith("id,name,"), text.substring(0, Math.min(80, text.length())));
    }
}
