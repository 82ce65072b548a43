package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutreachCsvTest extends MetricsApiTest {

    private static byte[] export(String token) {
        return as(token).accept("text/csv").queryParam("from", "2017-06-27").queryParam("to", "2017-10-04").queryParam("interval", "MONTH")
                .when().get("/api/v1/outreach-report")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("outreach-report-2017-06-27-2017-10-04.csv"))
                .extract().asByteArray();
    }

    @Test
    void csvExportIsUtf8WithByteOrderMarkAndHeaderRowAndKeepsUmlauts() throws IOException {
        byte[] bytes = export(coordinator());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        List<List<String>> rows;
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text)) {
            rows = it.readAll();
        }
        assertEquals(List.of("indicator", "nameDe", "nameEn", "unit", "kind", "breakdown", "label", "state", "from", "to", "value",
                "partial", "previousValue", "baseline", "target", "attainment"), rows.get(0));
        rows.forEach(row -> assertEquals(16, row.size(), row.toString()));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("counselling_locations") && r.get(5).equals("TOWN") && r.get(6).equals("Döbeln")));
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("TOWN") && r.get(6).equals("Görlitz")));
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Erreichte AkteurInnen")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("events_held") && r.get(5).equals("TOTAL") && r.get(10).equals("80")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("group_members") && r.get(5).equals("TOTAL") && r.get(10).equals("450")));
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("MONTH") && r.get(8).equals("2017-10-01") && r.get(9).equals("2017-10-04")));
    }

    @Test
    void anonymousCallersExportThePublishedReport() throws IOException {
        String text = new String(export(null), StandardCharsets.UTF_8);
        assertTrue(text.contains("facebook_followers"));
        assertTrue(!text.contains("event_participants"), "not a public indicator");
    }
}
