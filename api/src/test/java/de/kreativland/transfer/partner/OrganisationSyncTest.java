package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.Collection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationSyncTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    /** A mirror of the organisation list that a third-party system keeps by paging the change feed. */
    private static final class Mirror {
        final Map<String, String> names = new HashMap<>();
        final Map<String, Integer> deliveries = new HashMap<>();
        final Set<String> removals = new HashSet<>();
        String cursor;

        Mirror(String cursor) {
            this.cursor = cursor;
        }

        /** Reads one window; returns how many changes it held. */
        int pull(String path, int size) {
            JsonPath page = api(TestTokens.coordinator()).queryParam("cursor", cursor).queryParam("size", size)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                String id = (String) item.get("id");
                names.put(id, (String) item.get("name"));
                deliveries.merge(id, 1, Integer::sum);
            }
            List<Map<String, Object>> removed = page.getList("removed");
            for (Map<String, Object> removal : removed) {
                names.remove((String) removal.get("id"));
                removals.add((String) removal.get("id"));
            }
            cursor = page.getString("nextCursor");
            assertNotNull(cursor);
            return items.size() + removed.size();
        }

        void drain(String path) {
            while (pull(path, 3) > 0) {
                // keep reading until the feed is empty
            }
        }

        /**
         * Reads until these items arrived. The feed hands out a change once every older transaction on the
         * database server has ended, so on a busy server it may take a moment.
         */
        void drainUntilDelivered(String path, Collection<String> ids) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            drain(path);
            while (!deliveries.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                drain(path);
            }
        }
    }

    private static String exportCursor(String token, String path) {
        return RestAssured.given().header("Authorization", TestTokens.bearer(token)).accept("application/x-ndjson")
                .when().get(path).then().statusCode(200).extract().header("Sync-Cursor");
    }

    private static String create(String name, String state, String role) {
        Map<String, Object> body = Organisations.input(name, state, role);
        return api(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    private static void rename(String id, String name) {
        Response current = api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + id);
        Map<String, Object> body = new HashMap<>(current.jsonPath().getMap(""));
        for (String readOnly : List.of("id", "version", "createdAt", "updatedAt")) {
            body.remove(readOnly);
        }
        body.put("name", name);
        api(TestTokens.coordinator()).contentType("application/json").header("If-Match", current.header("ETag")).body(body)
                .when().put("/api/v1/organisations/" + id).then().statusCode(200);
    }

    @Test
    void aClientPagingWhileAnotherWritesSeesEveryChangeExactlyOnce() throws InterruptedException {
        Mirror mirror = new Mirror(exportCursor(TestTokens.coordinator(), "/api/v1/organisations"));
        String kalbeName = api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + Organisations.KALBE)
                .then().extract().path("name");
        List<String> written = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            written.add(create("Spiegelverein " + round, "SN", null));
            written.add(create("Spiegelnetz " + round, "TH", "CANDIDATE"));
            mirror.pull("/api/v1/organisations", 1);
        }
        rename(written.get(0), "Umbenannt " + UUID.randomUUID());
        mirror.drainUntilDelivered("/api/v1/organisations", written);
        mirror.drain("/api/v1/organisations");

        Set<String> delivered = mirror.deliveries.keySet();
        assertTrue(delivered.containsAll(written), "every written organisation arrives: " + delivered);
        for (String id : written.subList(1, written.size())) {
            assertEquals(1, mirror.deliveries.get(id), "written once, delivered once: " + id);
        }
        assertTrue(mirror.deliveries.get(written.get(0)) <= 2, "created then renamed: at most once per change");
        assertTrue(mirror.names.get(written.get(0)).startsWith("Umbenannt"), "the mirror holds the last state");
        assertFalse(delivered.contains(Organisations.KALBE), "untouched organisations are not sent again: " + kalbeName);
        assertEquals(0, mirror.pull("/api/v1/organisations", 50), "nothing new after the drain");
    }

    @Test
    void aChangeCommittedLateBehindANewerOneIsNotSkipped() throws Exception {
        String early = create("Früh begonnen", "SN", null);
        String late = create("Spät begonnen", "SN", null);
        Mirror mirror = new Mirror(exportCursor(TestTokens.coordinator(), "/api/v1/organisations"));
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement update = slow.prepareStatement("update organisation set summary = 'langsam' where id = ?::uuid")) {
                update.setString(1, early);
                update.executeUpdate();
            }
            rename(late, "Schnell gespeichert " + UUID.randomUUID());
            mirror.drain("/api/v1/organisations");
            assertFalse(mirror.deliveries.containsKey(late),
                    "a change committed after an older transaction that is still open waits until that one ends");
            slow.commit();
        }
        mirror.drainUntilDelivered("/api/v1/organisations", List.of(early, late));
        assertEquals(1, mirror.deliveries.get(early), "the slow transaction's change arrives");
        assertEquals(1, mirror.deliveries.get(late), "and the fast one, once");
    }

    @Test
    void partnersLeavingTheDirectoryArriveAsTombstones() {
        String id = create("Bald Partner", "SN", "TANDEM");
        String cursor = RestAssured.given().accept("application/x-ndjson").when().get("/api/v1/partners")
                .then().statusCode(200).extract().header("Sync-Cursor");
        Response current = api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + id);
        Map<String, Object> body = new HashMap<>(current.jsonPath().getMap(""));
        for (String readOnly : List.of("id", "version", "createdAt", "updatedAt")) {
            body.remove(readOnly);
        }
        body.put("programmeRole", "CANDIDATE");
        api(TestTokens.coordinator()).contentType("application/json").header("If-Match", current.header("ETag")).body(body)
                .when().put("/api/v1/organisations/" + id).then().statusCode(200);

        JsonPath window = api().queryParam("cursor", cursor).when().get("/api/v1/partners").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), window.getList("removed.id"), "anonymous mirrors learn the partner left the directory");
        assertTrue(window.getList("items").isEmpty());
    }

    @Test
    void updatedSinceStartsTheFeedAtAMoment() {
        String id = create("Seit Kurzem", "BB", "TANDEM");
        JsonPath window = api().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("size", 100)
                .when().get("/api/v1/partners").then().statusCode(200).extract().jsonPath();
        assertTrue(window.getList("items.id").size() >= 7, "the six demo partners and the new one, or a full window");
        JsonPath future = api().queryParam("updatedSince", "2999-01-01T00:00:00+01:00")
                .when().get("/api/v1/partners").then().statusCode(200).extract().jsonPath();
        assertTrue(future.getList("items").isEmpty());
        assertNotNull(future.getString("nextCursor"));
        assertTrue(window.getList("items.id").contains(id) || window.getInt("totalItems") > 100);
    }

    @Test
    void badSyncParametersAreNamed() {
        invalidRequest().queryParam("updatedSince", "gestern").when().get("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("updatedSince"));
        invalidRequest().queryParam("cursor", "bm9wZQ").when().get("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("cursor"));
    }

    @Test
    void bulkExportStreamsTheFilteredCollectionAsNdjsonAndCsv() {
        String ndjson = RestAssured.given().accept("application/x-ndjson").queryParam("state", "ST", "BY")
                .when().get("/api/v1/partners").then().statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .header("Content-Disposition", containsString("organisations.ndjson")).extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertTrue(lines.size() >= 2, ndjson);
        for (String line : lines) {
            String state = JsonPath.from(line).getString("state");
            assertTrue(state.equals("ST") || state.equals("BY"), line);
        }
        assertTrue(ndjson.contains("Künstlerstadt Kalbe e.V."));

        String csv = RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.advisorSaxony())).accept("text/csv")
                .when().get("/api/v1/organisations").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,name,"), "byte order mark and header row for spreadsheets");
        assertFalse(csv.contains("Künstlerstadt Kalbe"), "advisor limited to Saxony");
    }
}
