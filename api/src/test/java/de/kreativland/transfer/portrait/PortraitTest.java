package de.kreativland.transfer.portrait;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@QuarkusTest
class PortraitTest extends ApiTest {
    static final String PORTRAITS = "/api/v1/portraits";
    static final String SIEBDRUCK = "a7d0c1e2-5f08-4f6e-9c80-000000000001";
    static final String VIDEO = "a7d0c1e2-5f08-4f6e-9c80-000000000002";
    static final String UPCYCLING = "a7d0c1e2-5f08-4f6e-9c80-000000000003";
    static final String DRAFT = "a7d0c1e2-5f08-4f6e-9c80-000000000005";
    static final String UPZENT = "5b0c2d4e-1a01-4f6e-9c10-000000000005";

    static RequestSpecification json(String token) {
        return api(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> input(String title) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("title", title);
        input.put("teaser", "Kurz vorgestellt: " + title);
        input.put("interviewMarkdown", "## Frage\n\nAntwort mit dem Wort Holzschnittkunst.\n\n| Tabelle |\n|---|\n| Zelle |");
        input.put("town", "Bautzen");
        input.put("state", "SN");
        input.put("submarkets", List.of("ART_MARKET"));
        input.put("tags", List.of("Flächenglühen", "#holz"));
        input.put("photos", List.of(Map.of("url", "https://example.org/bild.jpg", "alt", "Eine Werkstatt", "credit", "Demo")));
        return input;
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorsFindAPortraitByAWordOfItsInterview() {
        api().queryParam("q", "Lastenrad").when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", hasItem(SIEBDRUCK))
                .body("items[0].snippet", containsString("<mark>Lastenrad</mark>"));
        // German stemming: the plural finds the singular; the transcript of a video is searched too
        api().queryParam("q", "Lastenräder").when().get(PORTRAITS).then().statusCode(200).body("items.id", hasItem(SIEBDRUCK));
        api().queryParam("q", "Aufnahmekabine").when().get(PORTRAITS).then().statusCode(200).body("items.id", hasItem(VIDEO));
        api().queryParam("q", "Lastenrad").queryParam("state", "ST").when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", not(hasItem(SIEBDRUCK)));
    }

    @Test
    void filtersByStateSubmarketTagAndOrganisation() {
        api().queryParam("submarket", "MUSIC").when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", hasItem(VIDEO)).body("items.id", not(hasItem(SIEBDRUCK)));
        api().queryParam("tag", "upcycling").when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", equalTo(List.of(UPCYCLING)));
        api().queryParam("tag", "#flächenglühen").queryParam("state", "SN").when().get(PORTRAITS).then().statusCode(200)
                .body("items.state", everyItem(equalTo("SN"))).body("items.id", hasItem(SIEBDRUCK));
        api().queryParam("organisationId", UPZENT).when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", equalTo(List.of(UPCYCLING)));
        invalidRequest().queryParam("state", "XX").when().get(PORTRAITS).then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
    }

    @Test
    void draftsAreInvisibleToAnonymousVisitorsButNotToCoordinators() {
        api().when().get(PORTRAITS + "/" + DRAFT).then().statusCode(404);
        api().queryParam("size", 100).when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", not(hasItem(DRAFT))).body("items.status", everyItem(equalTo("PUBLISHED")));
        api().queryParam("q", "Spitze").when().get(PORTRAITS).then().statusCode(200).body("items.id", not(hasItem(DRAFT)));
        api(TestTokens.partnerKalbe()).when().get(PORTRAITS + "/" + DRAFT).then().statusCode(404);
        api(TestTokens.coordinator()).when().get(PORTRAITS + "/" + DRAFT).then().statusCode(200).body("status", equalTo("DRAFT"));
        api(TestTokens.coordinator()).queryParam("status", "DRAFT").when().get(PORTRAITS).then().statusCode(200)
                .body("items.id", hasItem(DRAFT));
        api().when().get(PORTRAITS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void coordinatorsDraftAndPublishOthersMayNot() {
        String title = unique("Holzschnitt in Bautzen (Test)");
        Map<String, Object> body = input(title);
        api().contentType(ContentType.JSON).body(body).when().post(PORTRAITS).then().statusCode(401);
        json(TestTokens.partnerKalbe()).body(body).when().post(PORTRAITS).then().statusCode(403);
        json(TestTokens.advisorSaxony()).body(body).when().post(PORTRAITS).then().statusCode(403);
        // coaches draft only where the programme allows it; here it does not
        String coach = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
        json(coach).body(body).when().post(PORTRAITS).then().statusCode(403);

        var created = json(TestTokens.coordinator()).body(body).when().post(PORTRAITS).then().statusCode(201)
                .header("Location", containsString(PORTRAITS + "/"))
                .body("status", equalTo("DRAFT"))
                .body("tags", equalTo(List.of("#flächenglühen", "#holz")))
                .body("interviewHtml", containsString("<table>"))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        api().queryParam("q", "Holzschnittkunst").when().get(PORTRAITS).then().statusCode(200).body("items.id", not(hasItem(id)));

        json(coach).header("If-Match", etag).body(Map.of("to", "PUBLISHED")).when().post(PORTRAITS + "/" + id + "/transitions")
                .then().statusCode(403);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON)
                .body(Map.of("to", "PUBLISHED")).when().post(PORTRAITS + "/" + id + "/transitions").then().statusCode(428);
        json(TestTokens.coordinator()).header("If-Match", "\"999\"").body(Map.of("to", "PUBLISHED"))
                .when().post(PORTRAITS + "/" + id + "/transitions").then().statusCode(412);
        json(TestTokens.coordinator()).header("If-Match", etag).body(Map.of("to", "PUBLISHED"))
                .when().post(PORTRAITS + "/" + id + "/transitions").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        api().queryParam("q", "Holzschnittkunst").when().get(PORTRAITS).then().statusCode(200).body("items.id", hasItem(id));
        api().when().get(PORTRAITS + "/" + id).then().statusCode(200).body("title", equalTo(title));
        json(TestTokens.coordinator()).header("If-Match", "\"0\"").body(body).when().put(PORTRAITS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anEditIsInTheAuditLogWithTheFieldsItChangedBeforeAndAfter() {
        Map<String, Object> body = input(unique("Keramik in Kamenz (Test)"));
        var created = json(TestTokens.coordinator()).body(body).when().post(PORTRAITS).then().statusCode(201).extract();
        String id = created.path("id");
        body.put("teaser", "Neu gefasst");
        json(TestTokens.coordinator()).header("If-Match", created.header("ETag")).body(body).when().put(PORTRAITS + "/" + id)
                .then().statusCode(200);
        api(TestTokens.admin()).queryParam("entityType", "portrait").queryParam("entityId", id).queryParam("action", "update")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.field", equalTo(List.of("teaser")))
                .body("items[0].changes[0].before", equalTo("Kurz vorgestellt: " + body.get("title")))
                .body("items[0].changes[0].after", equalTo("Neu gefasst"));
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> body = input(unique("Ungültig"));
        body.put("videoUrl", "javascript:alert(1)");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON).body(body)
                .when().post(PORTRAITS).then().statusCode(400).body("violations.field", hasItem("videoUrl"));
        body.put("videoUrl", "https://video.example.org/v/1");
        json(TestTokens.coordinator()).body(body).when().post(PORTRAITS).then().statusCode(400)
                .body("violations[0].field", equalTo("transcript"));
        body.put("videoUrl", null);
        body.put("interviewMarkdown", null);
        json(TestTokens.coordinator()).body(body).when().post(PORTRAITS).then().statusCode(400)
                .body("violations[0].field", equalTo("interviewMarkdown"));
        Map<String, Object> photo = new LinkedHashMap<>(input("x"));
        photo.put("photos", List.of(Map.of("url", "ftp://example.org/a.jpg", "alt", "a", "credit", "c")));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON).body(photo)
                .when().post(PORTRAITS).then().statusCode(400).body("violations.field", hasItem(startsWith("photos")));
    }

    @Test
    void theAtomFeedListsPublishedPortraitsOnly() throws Exception {
        byte[] body = api().when().get(PORTRAITS + "/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        NodeList ids = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            entries.add(ids.item(i).getTextContent());
        }
        assertTrue(entries.contains("urn:uuid:" + SIEBDRUCK), entries.toString());
        assertTrue(!entries.contains("urn:uuid:" + DRAFT), entries.toString());
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("Mira Morgenroth"));
    }

    @Test
    void publishedPortraitsCountTowardsTheOutreachIndicator() {
        JsonPath report = api(TestTokens.coordinator()).queryParam("from", "2017-06-27").queryParam("to", "2017-10-04")
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal(report.getString("indicators.find { it.key == 'portraits_published' }.value"))
                .compareTo(new BigDecimal("3")), "three demo portraits published in the first 100 days");

        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        BigDecimal before = todays(today, tomorrow);
        var created = json(TestTokens.coordinator()).body(input(unique("Zählt mit"))).when().post(PORTRAITS).then().statusCode(201).extract();
        json(TestTokens.coordinator()).header("If-Match", created.header("ETag")).body(Map.of("to", "PUBLISHED"))
                .when().post(PORTRAITS + "/" + created.path("id") + "/transitions").then().statusCode(200);
        assertEquals(0, todays(today, tomorrow).compareTo(before.add(BigDecimal.ONE)));
    }

    private static BigDecimal todays(String from, String to) {
        return new BigDecimal(api(TestTokens.coordinator()).queryParam("from", LocalDate.parse(from).minusDays(1).toString()).queryParam("to", to)
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().jsonPath()
                .getString("indicators.find { it.key == 'portraits_published' }.value"));
    }
}
