package de.kreativland.transfer.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.privacy.PersonalDataTestData.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataTest extends ApiTest {
    private static final String EXPORT = "/api/v1/personal-data";
    private static final String ERASURES = "/api/v1/personal-data/erasures";

    @Inject
    PersonalDataTestData data;

    @AfterEach
    void removeSeeded() {
        data.removeSeeded();
    }

    private static Map<String, Integer> exportedRows(JsonPath export) {
        Map<String, Integer> rows = new HashMap<>();
        List<Map<String, Object>> records = export.getList("records");
        for (Map<String, Object> record : records) {
            rows.merge((String) record.get("table"), ((List<?>) record.get("rows")).size(), Integer::sum);
        }
        return rows;
    }

    @Test
    void exportBySubjectContainsEveryRowThatNamesThePerson() {
        Person person = Person.random();
        List<String> seeded = data.seed(person, TestTokens.ADMIN);

        JsonPath export = api(TestTokens.admin()).queryParam("subject", person.subject()).when().get(EXPORT)
                .then().statusCode(200)
                .body("subjects", hasItem(person.subject()))
                .body("names", hasItem(person.name()))
                .body("emails", hasItem(person.email()))
                .extract().jsonPath();

        Map<String, Integer> exported = exportedRows(export);
        assertTrue(exported.keySet().containsAll(seeded), "exported " + exported.keySet() + ", seeded " + seeded);
        // every row in which an independent scan of all text columns finds the person is in the export
        Map<String, Integer> mentions = data.mentions(person);
        mentions.remove("audit_log"); // the export's own audit entry is written after it was taken
        mentions.forEach((table, rows) -> assertEquals(rows, exported.get(table), "rows of " + table + " naming the person"));
        assertEquals(export.getInt("totalRows"), exported.values().stream().mapToInt(Integer::intValue).sum());
        Map<String, Object> coach = export.getMap("records.find { it.table == 'coach' }.rows[0]");
        assertEquals(person.name(), coach.get("name"));
        assertEquals("Lebt in Kalbe.", coach.get("bio"));
        assertEquals(1, data.auditEntries("person", person.subject(), "personal_data_exported"));
    }

    @Test
    void exportByEmailFindsTheSubjectBehindTheAddress() {
        Person person = Person.random();
        data.seed(person, TestTokens.ADMIN);
        JsonPath export = api(TestTokens.admin()).queryParam("email", person.email().toUpperCase()).when().get(EXPORT)
                .then().statusCode(200)
                .body("subjects", hasItem(person.subject()))
                .body("records.table", hasItem("assessment"))
                .extract().jsonPath();
        assertTrue(exportedRows(export).containsKey("contact_person"));
        assertEquals(1, data.auditEntries("person", person.email(), "personal_data_exported"));
    }

    @Test
    void erasureLeavesThePersonNowhereButKeepsTheHistoryAndThePublicPages() {
        Person person = Person.random();
        List<String> seeded = data.seed(person, TestTokens.ADMIN);
        assertTrue(data.mentions(person).keySet().containsAll(seeded), "the scan finds the seeded rows");
        api(TestTokens.admin()).queryParam("subject", person.subject()).when().get(EXPORT).then().statusCode(200);
        String conceptId = data.value("select concept_id::text from concept_transition where actor = ?", person.subject());

        JsonPath erased = api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("subject", person.subject(), "confirmation", person.subject()))
                .when().post(ERASURES).then().statusCode(200)
                .body("pseudonymName", startsWith("Gelöschte Person "))
                .body("pseudonymSubject", startsWith("erased-"))
                .extract().jsonPath();
        String pseudonym = erased.getString("pseudonymSubject");
        String pseudonymName = erased.getString("pseudonymName");
        Set<String> deleted = new TreeSet<>(erased.getList("tables.findAll { it.deleted }.table"));
        assertEquals(Set.of("contact_person", "learning_progress", "organisation_membership"), deleted);

        // no text column of any table names the person any more
        assertEquals(Map.of(), data.mentions(person));
        // the history keeps its shape under the pseudonym
        assertEquals(pseudonymName, data.value("select name from coach where subject = ?", pseudonym));
        assertNull(data.value("select coalesce(email, phone, bio) from coach where subject = ?", pseudonym));
        assertEquals(2, data.rows("select count(*)::text from concept_comment where concept_id = cast(? as uuid)", conceptId));
        assertEquals(pseudonymName, data.value("select author_name from concept_comment where author_subject = ?", pseudonym));
        assertEquals(pseudonymName, data.value("select submitted_by_name from transfer_concept_version where submitted_by = ?", pseudonym));
        assertEquals(pseudonymName + ", Max Mustermann", data.value("select participants from tandem_activity where created_by = ?", pseudonym));
        assertEquals("Gespräch mit " + pseudonymName + " über Fördermittel",
                data.value("select notes from coaching_session where created_by = ?", pseudonym));
        assertEquals(1, data.rows("select count(*)::text from assessment where juror_subject = ? and juror_name = ?", pseudonym, pseudonymName));
        // audited under the pseudonym: the erasure, and the export before it
        assertEquals(1, data.auditEntries("person", pseudonym, "personal_data_erased"));
        assertEquals(1, data.auditEntries("person", pseudonym, "personal_data_exported"));
        assertEquals(TestTokens.ADMIN, data.value("select actor from audit_log where entity_id = ? and action = 'personal_data_erased'", pseudonym));

        // what the API shows still answers, within the contract
        api().when().get("/api/v1/partners").then().statusCode(200);
        api().when().get("/api/v1/transfer-concepts").then().statusCode(200);
        api().when().get("/api/v1/learning-modules").then().statusCode(200);
        api().queryParam("from", "2017-01-01").queryParam("to", "2017-12-31").when().get("/api/v1/outreach-report").then().statusCode(200);
        api(TestTokens.admin()).when().get("/api/v1/transfer-concepts/{id}/comments", conceptId).then().statusCode(200)
                .body("items.authorName", hasItem(pseudonymName));
        api(TestTokens.admin()).when().get("/api/v1/transfer-concepts/{id}/transitions", conceptId).then().statusCode(200);
        api(TestTokens.admin()).when().get("/api/v1/transfer-concepts/{id}/versions", conceptId).then().statusCode(200);

        // nothing is left to erase or export
        api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("subject", person.subject(), "confirmation", person.subject()))
                .when().post(ERASURES).then().statusCode(404);
        api(TestTokens.admin()).queryParam("subject", person.subject()).when().get(EXPORT).then().statusCode(200)
                .body("totalRows", equalTo(0));
    }

    @Test
    void erasureByEmailDeletesTheContactPersonWithoutASubject() {
        Person person = Person.random();
        data.seed(person, TestTokens.ADMIN);
        api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("email", person.email(), "confirmation", person.email().toUpperCase()))
                .when().post(ERASURES).then().statusCode(200);
        assertEquals(Map.of(), data.mentions(person));
    }

    @Test
    void onlyAdminsExportAndErase() {
        Person person = Person.random();
        data.seed(person, TestTokens.ADMIN);
        Map<String, String> body = Map.of("subject", person.subject(), "confirmation", person.subject());
        for (String token : List.of(TestTokens.coordinator(), TestTokens.partnerKalbe(), TestTokens.advisorSaxony(),
                TestTokens.sign(TestTokens.claims(person.subject(), "greta", person.name(), "partner")))) {
            api(token).queryParam("subject", person.subject()).when().get(EXPORT).then().statusCode(403);
            api(token).contentType("application/json").body(body).when().post(ERASURES).then().statusCode(403);
        }
        api().queryParam("subject", person.subject()).when().get(EXPORT).then().statusCode(401);
        api().contentType("application/json").body(body).when().post(ERASURES).then().statusCode(401);
        assertEquals(1, data.rows("select count(*)::text from coach where subject = ?", person.subject()));
    }

    @Test
    void badRequestsNameTheField() {
        Person person = Person.random();
        data.seed(person, TestTokens.ADMIN);
        api(TestTokens.admin()).queryParam("subject", person.subject()).queryParam("email", person.email()).when().get(EXPORT)
                .then().statusCode(400).body("violations[0].field", equalTo("email")).body("violations[0].in", equalTo("query"));
        api(TestTokens.admin()).when().get(EXPORT).then().statusCode(400).body("violations[0].field", equalTo("subject"));
        api(TestTokens.admin()).queryParam("email", "keine-adresse").when().get(EXPORT)
                .then().statusCode(400).body("violations[0].field", equalTo("email"));
        api(TestTokens.admin()).queryParam("subject", "system").when().get(EXPORT)
                .then().statusCode(400).body("violations[0].field", equalTo("subject"));
        api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("subject", person.subject(), "confirmation", "ja"))
                .when().post(ERASURES).then().statusCode(400).body("violations[0].field", equalTo("confirmation"));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType("application/json")
                .body(Map.of("subject", person.subject()))
                .when().post(ERASURES).then().statusCode(400).body("violations[0].field", equalTo("confirmation"));
        api(TestTokens.admin()).contentType("application/json")
                .body(Map.of("subject", TestTokens.ADMIN, "confirmation", TestTokens.ADMIN))
                .when().post(ERASURES).then().statusCode(409);
        assertEquals(1, data.rows("select count(*)::text from coach where subject = ?", person.subject()));
    }
}
