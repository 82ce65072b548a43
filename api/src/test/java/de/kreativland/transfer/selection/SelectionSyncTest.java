package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.FeedMirror;
import de.kreativland.transfer.sync.Feeds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelectionSyncTest extends SelectionApiTest {
    private static final String CRITERIA = "/api/v1/selection-criteria";
    private static final String ROUNDS = "/api/v1/selection-rounds";

    @Inject
    AgroalDataSource dataSource;

    /** What a mirroring client learns by paging the change feed from the cursor of an export. */
    private final class Mirror extends FeedMirror {
        Mirror(String token, String path, Map<String, String> filters) {
            super(dataSource, () -> api(token), exportCursor(token, path, filters), "id");
        }

        Mirror drain(String path, Map<String, String> filters) {
            read(path, filters);
            return this;
        }
    }

    /** The Sync-Cursor of an export, taken once every earlier change is final, so that none of them comes again. */
    private String exportCursor(String token, String path, Map<String, String> filters) {
        Feeds.settle(dataSource);
        return Feeds.export(token, "application/x-ndjson").queryParams(filters).when().get(path)
                .then().statusCode(200).extract().header("Sync-Cursor");
    }

    private static Map<String, Object> criterion(String key, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("nameDe", "Abgleich");
        body.put("nameEn", "Mirroring");
        body.put("weight", 1.0);
        body.put("position", 20);
        body.put("active", active);
        return body;
    }

    @Test
    void aCriterionSwitchedOffLeavesTheActiveCatalogueOfAnAdvisorsMirror() {
        Map<String, String> active = Map.of("active", "true");
        Mirror mirror = new Mirror(TestTokens.advisorSaxony(), CRITERIA, active);
        String key = "SYNC_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response created = api(admin()).contentType("application/json").body(criterion(key, true))
                .when().post(CRITERIA).then().statusCode(201).extract().response();
        String id = created.path("id");
        mirror.drain(CRITERIA, active);
        assertEquals(Set.of(id), mirror.deliveries.keySet(), "the new criterion, and nothing untouched");

        Map<String, Object> change = criterion(key, false);
        change.remove("key");
        api(admin()).contentType("application/json").header("If-Match", created.header("ETag")).body(change)
                .when().put(CRITERIA + "/{id}", id).then().statusCode(200);
        mirror.drain(CRITERIA, active);
        assertEquals(Set.of(id), mirror.removed, "switched off: no longer in the active catalogue");
        assertEquals(1, mirror.deliveries.get(id));

        List<String> inactive = Feeds.ndjson(TestTokens.advisorSaxony(), CRITERIA, Map.of("active", "false")).stream()
                .map(line -> line.getString("key")).toList();
        assertTrue(inactive.contains(key), "the export applies the filter: " + inactive);
        assertFalse(inactive.contains("TRANSFERABILITY"), "an active criterion is not among the inactive ones");
    }

    @Test
    void aCandidateAddedResendsItsRoundAndAClosedRoundLeavesTheOpenOnes() {
        Map<String, String> open = Map.of("status", "OPEN");
        Mirror mirror = new Mirror(coach(), ROUNDS, open);
        String round = openRound("Abgleichsrunde " + UUID.randomUUID().toString().substring(0, 8));
        mirror.drain(ROUNDS, open);
        assertEquals(0, ((Number) mirror.items.get(round).get("candidateCount")).intValue());

        addCandidate(round, data.organisation("Spiegelverein (Test)"));
        mirror.drain(ROUNDS, open);
        assertEquals(2, mirror.deliveries.get(round), "created, then a candidate added: two changes, two deliveries");
        assertEquals(1, ((Number) mirror.items.get(round).get("candidateCount")).intValue());
        assertFalse(mirror.deliveries.containsKey(DEMO_ROUND_2026), "untouched rounds are not sent again");

        String etag = api(coordinator()).when().get(ROUNDS + "/{id}", round).then().statusCode(200).extract().header("ETag");
        api(coordinator()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("name", "Abgeschlossen", "status", "CLOSED")).when().put(ROUNDS + "/{id}", round).then().statusCode(200);
        mirror.drain(ROUNDS, open);
        assertEquals(Set.of(round), mirror.removed, "closed: it left the open rounds");

        String csv = Feeds.export(coordinator(), "text/csv").queryParam("status", "CLOSED").when().get(ROUNDS)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,name,description,status,candidateCount,decidedCount,createdAt"), csv);
        assertTrue(csv.lines().anyMatch(line -> line.contains(round) && line.contains(",Abgeschlossen,,CLOSED,1,0,")), csv);
        assertFalse(csv.contains(",OPEN,"), "only closed rounds");
    }

    @Test
    void rolesThatMayNotListMayNeitherSyncNorExport() {
        String integration = TestTokens.sign(TestTokens.claims("service-account-selection-sync", "service-account-selection-sync",
                "Integration", "integration"));
        for (String token : List.of(TestTokens.advisorSaxony(), TestTokens.partnerKalbe(), integration)) {
            Feeds.export(token, "application/x-ndjson").when().get(ROUNDS).then().statusCode(403);
            Feeds.export(token, "text/csv").when().get(ROUNDS).then().statusCode(403);
            api(token).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get(ROUNDS).then().statusCode(403);
        }
        for (String token : List.of(TestTokens.partnerKalbe(), integration)) {
            Feeds.export(token, "application/x-ndjson").when().get(CRITERIA).then().statusCode(403);
            api(token).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get(CRITERIA).then().statusCode(403);
        }
        RestAssured.given().accept("application/x-ndjson").when().get(CRITERIA).then().statusCode(401);
    }
}
