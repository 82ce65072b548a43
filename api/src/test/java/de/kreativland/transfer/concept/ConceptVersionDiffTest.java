package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConceptVersionDiffTest extends ConceptApiTest {

    @Test
    void versionDiffReportsExactlyTheSectionsChangedBetweenTwoSubmissions() {
        String id = createDraft("Vergleich");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(coach(), id, "CHANGES_REQUESTED").statusCode(200);
        Map<String, Object> changed = sections("eins");
        changed.put("financing", "Fördermittel des Landes und Spenden");
        // a submitted version has every section (rule complete-sections), so a section changes rather than empties
        changed.put("digitalInfrastructure", "Offenes WLAN im Gemeinschaftshaus");
        List<Map<String, Object>> plan = new ArrayList<>(List.of(step("Leerstand erfassen", "BUILDING_LAW"),
                step("Verein gründen und eintragen", "ORGANISATION_DEVELOPMENT"), step("Förderantrag stellen", "FINANCING"),
                step("Eröffnungsfest feiern", "MARKETING")));
        changed.put("transferPlan", plan);
        put(partner(), id, "Vergleich", changed).statusCode(200);
        transition(partner(), id, "IN_REVIEW").statusCode(200);

        api(coach()).queryParam("from", 1).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2)).body("titleChanged", equalTo(false))
                .body("changedSections", contains("FINANCING", "DIGITAL_INFRASTRUCTURE", "TRANSFER_PLAN"))
                .body("sections", hasSize(11))
                .body("sections.find { it.key == 'FINANCING' }.before", equalTo("Fördermittel und Mieteinnahmen eins"))
                .body("sections.find { it.key == 'FINANCING' }.after", equalTo("Fördermittel des Landes und Spenden"))
                .body("sections.find { it.key == 'DIGITAL_INFRASTRUCTURE' }.after", equalTo("Offenes WLAN im Gemeinschaftshaus"))
                .body("sections.find { it.key == 'OFFER' }.changed", equalTo(false))
                .body("sections.find { it.key == 'TRANSFER_PLAN' }.steps.change", contains("UNCHANGED", "CHANGED", "UNCHANGED", "ADDED"))
                .body("sections.find { it.key == 'TRANSFER_PLAN' }.steps[1].before.title", equalTo("Verein gründen"))
                .body("sections.find { it.key == 'TRANSFER_PLAN' }.steps[1].after.title", equalTo("Verein gründen und eintragen"))
                .body("sections.findAll { it.key != 'TRANSFER_PLAN' }.steps", everyItem(nullValue()));

        // the same version against itself: nothing changed
        api(partner()).queryParam("from", 2).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(200).body("changedSections", hasSize(0));
    }

    @Test
    void versionsStayFrozenWhileTheWorkingCopyChanges() {
        String id = createDraft("Eingefroren");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        transition(coordinator(), id, "CHANGES_REQUESTED").statusCode(200);
        Map<String, Object> changed = sections("neu");
        put(partner(), id, "Aufgetaut", changed).statusCode(200);
        api(partner()).when().get(CONCEPTS + "/{id}/versions/1", id).then().statusCode(200)
                .body("number", equalTo(1)).body("title", equalTo("Eingefroren"))
                .body("sections.offer", equalTo("Ateliers und Werkstätten eins"))
                .body("submittedByName", equalTo("Paula Prüfer (Test)")).body("published", equalTo(false));
        api(partner()).when().get(CONCEPTS + "/{id}/versions/2", id).then().statusCode(404);
        String refusal = data.tryToChangeVersion(id, 1);
        assertNotNull(refusal, "the database let a frozen version change");
        assertTrue(refusal.contains("immutable"), refusal);
    }

    @Test
    void diffParametersAreValidatedAndMustNameVisibleVersions() {
        String id = publishedWithTwoVersions("Parameter");
        invalidRequest(partner()).queryParam("from", "eins").queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(400).body("violations.field", everyItem(containsString("from")));
        invalidRequest(partner()).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id).then().statusCode(400);
        api(partner()).queryParam("from", 1).queryParam("to", 7).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(400).body("violations.field", contains("to"));
        // the public sees only the published version 2, so it cannot compare with version 1
        api().queryParam("from", 1).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(400).body("violations.field", contains("from"));
        api(partner()).queryParam("from", 1).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", id)
                .then().statusCode(200).body("changedSections", hasSize(10));
    }
}
