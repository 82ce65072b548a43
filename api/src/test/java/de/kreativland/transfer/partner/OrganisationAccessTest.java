package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationAccessTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    private static ExtractableResponse<Response> read(String token, String id) {
        return api(token).when().get("/api/v1/organisations/" + id).then().statusCode(200).extract();
    }

    private static Map<String, Object> bodyOf(ExtractableResponse<Response> response) {
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap(""));
        for (String readOnly : List.of("id", "version", "createdAt", "updatedAt")) {
            body.remove(readOnly);
        }
        return body;
    }

    private String createAs(String token, String state) {
        return api(token).contentType("application/json").body(Organisations.input("Testverein", state, null))
                .when().post("/api/v1/organisations").then().statusCode(201)
                .header("Location", containsString("/api/v1/organisations/")).header("ETag", notNullValue())
                .extract().path("id");
    }

    @Test
    void partnerCannotReadAnotherOrganisationsContactsOrProfile() {
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations/" + Organisations.KALBE + "/contacts")
                .then().statusCode(200).body("name", hasItem("Karla Kontakt (Demo)"));
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE + "/contacts")
                .then().statusCode(404).contentType("application/problem+json");
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                .then().statusCode(404);
    }

    @Test
    void partnerCannotEditAnotherOrganisationWhateverIdOrBodyItSends() {
        ExtractableResponse<Response> other = read(TestTokens.coordinator(), Organisations.FICHTELGEBIRGE);
        Map<String, Object> body = bodyOf(other);
        body.put("summary", "Übernommen!");
        api(TestTokens.partnerKalbe()).contentType("application/json").header("If-Match", other.header("ETag"))
                .body(body).when().put("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(other.jsonPath().getString("summary"),
                read(TestTokens.coordinator(), Organisations.FICHTELGEBIRGE).jsonPath().getString("summary"));
    }

    @Test
    void partnerEditsItsOwnOrganisationButNotItsProgrammeRole() {
        ExtractableResponse<Response> own = read(TestTokens.partnerFichtelgebirge(), Organisations.FICHTELGEBIRGE);
        Map<String, Object> body = bodyOf(own);
        body.put("programmeRole", "TANDEM");
        body.put("summary", "Geändert mit neuer Rolle");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerFichtelgebirge()))
                .contentType("application/json").header("If-Match", own.header("ETag")).body(body)
                .when().put("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                .then().statusCode(403).contentType("application/problem+json")
                .body("violations[0].field", equalTo("programmeRole"));
        ExtractableResponse<Response> unchanged = read(TestTokens.coordinator(), Organisations.FICHTELGEBIRGE);
        assertEquals("BEST_PRACTICE", unchanged.jsonPath().getString("programmeRole"));
        assertEquals(own.jsonPath().getString("summary"), unchanged.jsonPath().getString("summary"));

        body.put("programmeRole", "BEST_PRACTICE");
        body.put("teamSize", 121);
        api(TestTokens.partnerFichtelgebirge()).contentType("application/json").header("If-Match", own.header("ETag"))
                .body(body).when().put("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                .then().statusCode(200).body("teamSize", equalTo(121)).body("summary", equalTo("Geändert mit neuer Rolle"))
                .header("ETag", not(equalTo(own.header("ETag"))));
    }

    @Test
    void fieldsOutsideTheOrganisationAreRefusedNotIgnored() {
        ExtractableResponse<Response> own = read(TestTokens.partnerKalbe(), Organisations.KALBE);
        Map<String, Object> body = bodyOf(own);
        body.put("memberships", List.of(Map.of("subject", TestTokens.PARTNER_FICHTELGEBIRGE)));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe()))
                .contentType("application/json").header("If-Match", own.header("ETag")).body(body)
                .when().put("/api/v1/organisations/" + Organisations.KALBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("memberships"));
    }

    @Test
    void secondSaveWithTheOldETagIsRefused() {
        String id = createAs(TestTokens.coordinator(), "SN");
        ExtractableResponse<Response> first = read(TestTokens.coordinator(), id);
        ExtractableResponse<Response> second = read(TestTokens.admin(), id);
        assertEquals(first.header("ETag"), second.header("ETag"));

        Map<String, Object> mine = bodyOf(first);
        mine.put("summary", "Erste Änderung");
        api(TestTokens.coordinator()).contentType("application/json").header("If-Match", first.header("ETag")).body(mine)
                .when().put("/api/v1/organisations/" + id).then().statusCode(200);

        Map<String, Object> theirs = bodyOf(second);
        theirs.put("summary", "Zweite Änderung");
        api(TestTokens.admin()).contentType("application/json").header("If-Match", second.header("ETag")).body(theirs)
                .when().put("/api/v1/organisations/" + id).then().statusCode(412).contentType("application/problem+json");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType("application/json")
                .body(theirs).when().put("/api/v1/organisations/" + id).then().statusCode(428);
        assertEquals("Erste Änderung", read(TestTokens.coordinator(), id).jsonPath().getString("summary"));
    }

    @Test
    void nameLongerThan200CharactersIsRefusedNamingTheField() {
        Map<String, Object> body = Organisations.input("Lang", "SN", null);
        body.put("name", "Künstlerkolonie ".repeat(13));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(body).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("name")));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        Map<String, Object> body = Organisations.input("Ungültig", "SN", null);
        body.put("postalCode", "1234");
        body.put("foundingYear", 1200);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(body).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("postalCode")))
                .body("violations.field", hasItem(containsString("foundingYear")));
        api(TestTokens.coordinator()).queryParam("q", body.get("name")).queryParam("size", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void advisorLimitedToSaxonySeesNoOtherStateInListExportOrProfile() {
        createAs(TestTokens.coordinator(), "SN");
        api(TestTokens.advisorSaxony()).queryParam("size", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.state", everyItem(equalTo("SN"))).body("items.state", hasItem("SN"));
        String csv = api(TestTokens.advisorSaxony()).accept("text/csv").when().get("/api/v1/organisations")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.size() > 1, csv);
        int stateColumn = List.of(lines.get(0).split(",")).indexOf("state");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.contains(",SN,"), line);
        }
        assertTrue(stateColumn >= 0);
        api(TestTokens.advisorSaxony()).when().get("/api/v1/organisations/" + Organisations.KALBE).then().statusCode(404);
    }

    @Test
    void staffExportTheFilteredListAsCsvWithUmlauts() {
        String csv = api(TestTokens.coordinator()).accept("text/csv").queryParam("programmeRole", "BEST_PRACTICE")
                .queryParam("state", "BY", "ST").when().get("/api/v1/organisations")
                .then().statusCode(200).header("Content-Disposition", containsString("organisations.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFid,name,legalForm,kind,submarkets"), lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(csv.contains("Künstlerstadt Kalbe e.V."));
        assertTrue(csv.contains("Künstlerkolonie Fichtelgebirge e.V."));
        assertFalse(csv.contains("Karla Kontakt"), "personal data in the export");
    }

    @Test
    void anonymousAndPartnersCannotUseTheInternalList() {
        api().when().get("/api/v1/organisations").then().statusCode(401);
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations").then().statusCode(403);
    }

    @Test
    void advisorsAndCoachesCannotReadContacts() {
        api(TestTokens.advisorSaxony()).when().get("/api/v1/organisations/" + Organisations.KALBE + "/contacts")
                .then().statusCode(403);
        api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + Organisations.KALBE + "/contacts")
                .then().statusCode(200).body("email", hasItem("karla.kontakt@demo.kreativland.example"));
    }

    @Test
    void membersManageContactsAndErasureRemovesThePerson() {
        String location = api(TestTokens.partnerKalbe()).contentType("application/json")
                .body(Map.of("name", "Jörg Neu (Demo)", "function", "Kasse", "email", "joerg@demo.kreativland.example"))
                .when().post("/api/v1/organisations/" + Organisations.KALBE + "/contacts")
                .then().statusCode(201).extract().header("Location");
        String contactId = location.substring(location.lastIndexOf('/') + 1);
        api(TestTokens.partnerKalbe()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("name", "Jörg Neu (Demo)", "phone", "+49 30 123"))
                .when().put("/api/v1/organisations/" + Organisations.KALBE + "/contacts/" + contactId)
                .then().statusCode(200).body("phone", equalTo("+49 30 123"));
        api(TestTokens.partnerKalbe()).header("If-Match", "\"1\"")
                .when().delete("/api/v1/organisations/" + Organisations.KALBE + "/contacts/" + contactId)
                .then().statusCode(204);
        api(TestTokens.partnerKalbe()).when().get("/api/v1/organisations/" + Organisations.KALBE + "/contacts")
                .then().statusCode(200).body("name", not(hasItem("Jörg Neu (Demo)")));
    }

    @Test
    void adminManagesMembershipsAndTheMemberSeesItsOrganisation() throws Exception {
        String id = createAs(TestTokens.coordinator(), "SN");
        String subject = "test-member-" + id;
        String token = TestTokens.sign(TestTokens.claims(subject, "member", "Mia Mitglied (Demo)", "partner"));
        api(token).when().get("/api/v1/organisations/" + id).then().statusCode(404);
        api(TestTokens.partnerKalbe()).contentType("application/json").body(Map.of("subject", subject))
                .when().post("/api/v1/organisations/" + id + "/memberships").then().statusCode(403);
        api(TestTokens.admin()).contentType("application/json").body(Map.of("subject", subject))
                .when().post("/api/v1/organisations/" + id + "/memberships").then().statusCode(201)
                .body("organisation.id", equalTo(id));
        api(token).when().get("/api/v1/me").then().statusCode(200).body("organisation.id", equalTo(id));
        api(token).when().get("/api/v1/organisations/" + id).then().statusCode(200);
        api(TestTokens.admin()).contentType("application/json").body(Map.of("subject", subject))
                .when().post("/api/v1/organisations/" + id + "/memberships").then().statusCode(409);
        api(TestTokens.admin()).when().delete("/api/v1/organisations/" + id + "/memberships/" + subject).then().statusCode(204);
        api(token).when().get("/api/v1/organisations/" + id).then().statusCode(404);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select action, actor from audit_log where entity_type = 'organisation_membership' and entity_id = ? order by id")) {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("added", rs.getString("action"));
                assertEquals(TestTokens.ADMIN, rs.getString("actor"));
                assertTrue(rs.next());
                assertEquals("removed", rs.getString("action"));
            }
        }
    }

    @Test
    void coachReadsInternalProfilesOnlyOfAssignedOrganisations() {
        String coach = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
        api(coach).when().get("/api/v1/organisations/" + Organisations.KALBE).then().statusCode(200)
                .body("requestedTopics", hasItem("FINANCING"));
        api(coach).when().get("/api/v1/organisations/" + Organisations.HALDERN).then().statusCode(404);
        api(coach).when().get("/api/v1/organisations/" + Organisations.KALBE + "/contacts").then().statusCode(403);
    }

    @Test
    void wrongValueTypesAreNamedWithoutInternals() {
        ExtractableResponse<Response> own = read(TestTokens.partnerKalbe(), Organisations.KALBE);
        Map<String, Object> body = bodyOf(own);
        body.put("state", "XX");
        String problem = invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe()))
                .contentType("application/json").header("If-Match", own.header("ETag")).body(body)
                .when().put("/api/v1/organisations/" + Organisations.KALBE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("state"))
                .body("violations[0].message", containsString("SN"))
                .extract().asString();
        assertFalse(problem.contains("de.kreativland"), problem);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe()))
                .contentType("application/json").header("If-Match", own.header("ETag")).body("{\"name\": ")
                .when().put("/api/v1/organisations/" + Organisations.KALBE)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
