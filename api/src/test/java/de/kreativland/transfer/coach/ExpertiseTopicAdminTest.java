package de.kreativland.transfer.coach;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins add expertise topics, rename, reorder and archive them with If-Match; the audit log keeps what changed. */
@QuarkusTest
class ExpertiseTopicAdminTest extends ApiTest {
    private static final String COACH = TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach"));
    private static final String ADVISOR = TestTokens.advisorSaxony();

    private static String key() {
        StringBuilder key = new StringBuilder("TEST_");
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            key.append((char) ('A' + Character.digit(c, 26)));
        }
        return key.toString();
    }

    private static Map<String, Object> topic(String key, String nameDe) {
        return Map.of("key", key, "nameDe", nameDe, "nameEn", "Cultural education", "position", 40);
    }

    private static Map<String, Object> change(String nameDe, boolean archived) {
        return Map.of("nameDe", nameDe, "nameEn", "Cultural education", "position", 41, "archived", archived);
    }

    @Test
    void adminAddsATopicAndArchivesItOverTheVersionRead() {
        String key = key();
        for (String token : new String[] {TestTokens.partnerKalbe(), COACH, ADVISOR, TestTokens.coordinator()}) {
            api(token).contentType(ContentType.JSON).body(topic(key, "Kulturelle Bildung")).when().post("/api/v1/expertise-topics")
                    .then().statusCode(403);
        }
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType(ContentType.JSON)
                .body(topic("kulturelle bildung", "Kulturelle Bildung")).when().post("/api/v1/expertise-topics")
                .then().statusCode(400).body("violations.field", hasItem("key"));
        String etag = api(TestTokens.admin()).contentType(ContentType.JSON).body(topic(key, "Kulturelle Bildung"))
                .when().post("/api/v1/expertise-topics").then().statusCode(201)
                .body("key", equalTo(key)).body("archived", equalTo(false)).extract().header("ETag");
        api(TestTokens.admin()).contentType(ContentType.JSON).body(topic(key, "Noch einmal")).when().post("/api/v1/expertise-topics")
                .then().statusCode(409);
        api().when().get("/api/v1/expertise-topics").then().statusCode(200).body("key", hasItem(key));

        String path = "/api/v1/expertise-topics/" + key;
        for (String token : new String[] {TestTokens.partnerKalbe(), COACH, ADVISOR, TestTokens.coordinator()}) {
            api(token).contentType(ContentType.JSON).header("If-Match", etag).body(change("Nein", true)).when().put(path).then().statusCode(403);
        }
        api(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change("Nein", true))
                .when().put("/api/v1/expertise-topics/NO_SUCH_TOPIC").then().statusCode(404);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType(ContentType.JSON)
                .body(change("Nein", true)).when().put(path).then().statusCode(428);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(change(" ", true)).when().put(path).then().statusCode(400).body("violations.field", hasItem("nameDe"));

        String saved = api(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change("Kulturelle Teilhabe", true))
                .when().put(path).then().statusCode(200).body("archived", equalTo(true)).body("position", equalTo(41))
                .body("nameDe", equalTo("Kulturelle Teilhabe")).extract().header("ETag");
        api(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag).body(change("Alt", false)).when().put(path)
                .then().statusCode(412);
        api().when().get(path).then().statusCode(200).header("ETag", equalTo(saved)).body("archived", equalTo(true));
        // no longer offered, but the administration still lists it
        api().when().get("/api/v1/expertise-topics").then().statusCode(200).body("key", not(hasItem(key)));
        api().queryParam("includeArchived", true).when().get("/api/v1/expertise-topics").then().statusCode(200)
                .body("find { it.key == '" + key + "' }.archived", equalTo(true));
        api(TestTokens.admin()).queryParam("entityType", "expertise_topic").queryParam("entityId", key).queryParam("action", "archive")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].actorName", equalTo("Ada Admin (Demo)"))
                .body("items[0].changes.find { it.field == 'nameDe' }.before", equalTo("Kulturelle Bildung"))
                .body("items[0].changes.find { it.field == 'nameDe' }.after", equalTo("Kulturelle Teilhabe"));
    }
}
