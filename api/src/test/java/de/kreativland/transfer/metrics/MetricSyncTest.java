package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricSyncTest extends MetricsApiTest {
    private static final String BAVARIAN_DEMO_EVENT = "8f3e5a10-4d07-4f6e-9c73-000000000911";

    /** What a regional advisor's or a portal's copy of one metrics collection holds: a bulk export, kept current by sync. */
    private static final class Mirror {
        final String token;
        final String path;
        final String keyField;
        final Map<String, String> filters;
        final Map<String, Map<String, Object>> items = new HashMap<>();
        final Map<String, Integer> deliveries = new HashMap<>();
        final Set<String> removals = new HashSet<>();
        final Set<String> seen = new HashSet<>();
        String cursor;

        private Mirror(String token, String path, String keyField, Map<String, String> filters) {
            this.token = token;
            this.path = path;
            this.keyField = keyField;
            this.filters = filters;
        }

        /** Starts from the NDJSON export of the collection with these filters (name, value pairs). */
        static Mirror export(String token, String path, String keyField, String... filters) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i + 1 < filters.length; i += 2) {
                params.put(filters[i], filters[i + 1]);
            }
            Mirror mirror = new Mirror(token, path, keyField, params);
            io.restassured.response.Response export = plain(token).accept("application/x-ndjson").queryParams(params)
                    .when().get(path).then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().response();
            for (String line : export.asString().lines().toList()) {
                Map<String, Object> item = JsonPath.from(line).getMap("");
                mirror.items.put(String.valueOf(item.get(keyField)), item);
            }
            mirror.cursor = export.header("Sync-Cursor");
            assertNotNull(mirror.cursor, "an export says where sync continues");
            return mirror;
        }

        /** Reads one sync window; returns how many changes it held. */
        int pull(int size) {
            JsonPath window = (token == null ? api() : api(token)).queryParams(filters).queryParam("cursor", cursor).queryParam("size", size)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changed = window.getList("items");
            for (Map<String, Object> item : changed) {
                String key = String.valueOf(item.get(keyField));
                items.put(key, item);
                deliveries.merge(key, 1, Integer::sum);
            }
            List<String> removed = window.getList("removed.id");
            removed.forEach(items::remove);
            removals.addAll(removed);
            seen.addAll(removed);
            changed.forEach(item -> seen.add(String.valueOf(item.get(keyField))));
            cursor = window.getString("nextCursor");
            assertNotNull(cursor);
            return changed.size() + removed.size();
        }

        /** Pages through the feed in windows of three until it is empty and every expected key has arrived meanwhile. */
        void drain(Set<String> expected) {
            long deadline = System.currentTimeMillis() + 15_000;
            seen.clear();
            while (true) {
                while (pull(3) > 0) {
                    // next window
                }
                if (seen.containsAll(expected) || System.currentTimeMillis() > deadline) {
                    return;
                }
                // a write transaction elsewhere on the server holds the feed back for a moment
                sleep();
            }
        }

        Object field(String key, String name) {
            return items.get(key).get(name);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Without the contract filter, which cannot read NDJSON or CSV. */
    private static RequestSpecification plain(String token) {
        RequestSpecification request = RestAssured.given();
        return token == null ? request : request.header("Authorization", TestTokens.bearer(token));
    }

    /** Every id of the JSON list with these filters, page by page. */
    private static Set<String> listIds(String token, String path, String... filters) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            RequestSpecification request = api(token).queryParam("size", 100).queryParam("page", page);
            for (int i = 0; i + 1 < filters.length; i += 2) {
                request = request.queryParam(filters[i], filters[i + 1]);
            }
            List<String> items = request.when().get(path).then().statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static List<JsonNode> ndjson(String token, String path, String... filters) {
        RequestSpecification request = plain(token).accept("application/x-ndjson");
        for (int i = 0; i + 1 < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        String body = request.when().get(path).then().statusCode(200).extract().asString();
        return body.lines().map(MetricsApiTest::parse).toList();
    }

    private static Map<String, Object> event(String title, String scopeId, String heldOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("type", "NETWORK_TALK");
        input.put("heldOn", heldOn);
        input.put("town", "Pirna");
        input.put("scopeId", scopeId);
        input.put("participants", 12);
        return input;
    }

    private static String createEvent(Map<String, Object> input) {
        return api(coordinator()).contentType(ContentType.JSON).body(input).when().post("/api/v1/metric-events")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void eventMirrorSeesEveryChangeOnceAndLearnsOfDeletions() {
        String scope = createScope("PROGRAMME", "Spiegelzentrum", null, "SN", null);
        Mirror mirror = Mirror.export(coordinator(), "/api/v1/metric-events", "id");
        assertTrue(mirror.items.containsKey(BAVARIAN_DEMO_EVENT), "the export holds the demo events");

        List<String> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(createEvent(event("Netzwerkgespräch " + i, scope, "2041-03-0" + (i + 1))));
            mirror.pull(1);
        }
        String renamed = written.get(0);
        String etag = api(coordinator()).when().get("/api/v1/metric-events/" + renamed).then().statusCode(200).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(event("Umbenanntes Gespräch", scope, "2041-03-01"))
                .when().put("/api/v1/metric-events/" + renamed).then().statusCode(200);
        String deleted = written.get(1);
        api(coordinator()).header("If-Match", api(coordinator()).when().get("/api/v1/metric-events/" + deleted).then().statusCode(200).extract().header("ETag"))
                .when().delete("/api/v1/metric-events/" + deleted).then().statusCode(204);
        mirror.drain(new HashSet<>(written));

        Set<String> arrived = new HashSet<>(mirror.deliveries.keySet());
        arrived.addAll(mirror.removals);
        assertEquals(Set.copyOf(written), arrived, "only the written events are sent, no untouched one");
        for (String id : written.subList(2, 4)) {
            assertEquals(1, mirror.deliveries.get(id), "written once, delivered once: " + id);
        }
        assertTrue(mirror.deliveries.get(renamed) <= 2, "created then renamed: at most once per change");
        assertEquals("Umbenanntes Gespräch", mirror.field(renamed, "title"), "the mirror holds the last state");
        assertEquals(Set.of(deleted), mirror.removals, "the deletion arrives as a tombstone");
        assertFalse(mirror.items.containsKey(deleted));
        assertEquals(listIds(coordinator(), "/api/v1/metric-events"), mirror.items.keySet(), "the mirror equals the list");
        assertEquals(0, mirror.pull(50), "nothing new after the drain");
    }

    @Test
    void correctedValuesLeaveTheMeasurementMirror() {
        String scope = createScope("PROGRAMME", "Korrekturzentrum", null, "SN", null);
        Mirror mirror = Mirror.export(coordinator(), "/api/v1/measurements", "id", "scopeId", scope);
        assertTrue(mirror.items.isEmpty(), "a new scope has no values yet");

        String first = enterFlow(coordinator(), "actors_reached", scope, "2043-01-02", "2043-01-08", 100);
        String stock = enterStock(coordinator(), "group_members", scope, "2043-01-31", 40);
        mirror.drain(Set.of(first, stock));
        assertEquals(Set.of(first, stock), mirror.items.keySet());
        String correction = api(coordinator()).contentType(ContentType.JSON).body(Map.of("value", 90, "reason", "Doppelt gezählt"))
                .when().post("/api/v1/measurements/" + first + "/corrections").then().statusCode(201).extract().path("id");
        mirror.drain(Set.of(first, correction));

        assertEquals(Set.of(stock, correction), mirror.items.keySet(), "the corrected value is gone, its correction is there");
        assertEquals(90.0f, ((Number) mirror.field(correction, "value")).floatValue());
        assertTrue(mirror.removals.contains(first), "the corrected value arrives as a tombstone");
        assertEquals(listIds(coordinator(), "/api/v1/measurements", "scopeId", scope), mirror.items.keySet(), "the mirror equals the list");
    }

    @Test
    void periodsLeavingAStatusFilterArriveAsTombstonesAndExportsApplyFilters() {
        Mirror open = Mirror.export(coordinator(), "/api/v1/reporting-periods", "id", "status", "OPEN");
        Mirror submitted = Mirror.export(advisorSaxony(), "/api/v1/reporting-periods", "id", "status", "SUBMITTED");
        open.items.values().forEach(p -> assertEquals("OPEN", p.get("status")));
        String period = createPeriod("Sync 2042", "2042-01-01", "2042-12-31");
        open.drain(Set.of(period));
        assertEquals("OPEN", open.field(period, "status"));

        transition(coordinator(), period, "SUBMITTED");
        open.drain(Set.of(period));
        submitted.drain(Set.of(period));
        assertFalse(open.items.containsKey(period), "no longer OPEN: the OPEN mirror drops it");
        assertTrue(open.removals.contains(period));
        assertEquals("SUBMITTED", submitted.field(period, "status"), "the SUBMITTED mirror gains it");
        assertFalse(submitted.removals.contains(period));

        List<JsonNode> locked = ndjson(advisorSaxony(), "/api/v1/reporting-periods", "status", "LOCKED");
        assertFalse(locked.isEmpty(), "the demo world has locked periods");
        locked.forEach(p -> assertEquals("LOCKED", p.get("status").asText(), p.toString()));
        List<JsonNode> talks = ndjson(coordinator(), "/api/v1/metric-events", "type", "NETWORK_TALK", "to", "2021-12-31");
        assertFalse(talks.isEmpty());
        talks.forEach(e -> {
            assertEquals("NETWORK_TALK", e.get("type").asText(), e.toString());
            assertTrue(e.get("heldOn").asText().compareTo("2021-12-31") <= 0, e.toString());
        });
    }

    @Test
    void indicatorsSyncByKeyAndLeaveThePublicMirrorWhenMadeInternal() {
        String key = "sync_probe_" + UUID.randomUUID().toString().substring(0, 8);
        Mirror anonymous = Mirror.export(null, "/api/v1/indicators", "key");
        Mirror staff = Mirror.export(coordinator(), "/api/v1/indicators", "key");
        anonymous.items.values().forEach(i -> assertEquals(Boolean.TRUE, i.get("isPublic"), "anonymous callers export public indicators only"));
        assertTrue(staff.items.size() > anonymous.items.size(), "staff export the internal ones too");

        Map<String, Object> input = new HashMap<>(Map.of("key", key, "nameDe", "Sync-Probe", "nameEn", "Sync probe",
                "definition", "Nur für den Test.", "unit", "Stück", "kind", "FLOW", "category", "REACH", "impactLevel", "OUTPUT",
                "source", "MANUAL"));
        api(admin()).contentType(ContentType.JSON).body(input).when().post("/api/v1/indicators").then().statusCode(201);
        staff.drain(Set.of(key));
        assertEquals("Sync-Probe", staff.field(key, "nameDe"), "the feed key is the indicator key");
        anonymous.drain(Set.of(key));
        assertFalse(anonymous.items.containsKey(key), "an internal indicator never reaches the public mirror");

        setPublic(key, true);
        anonymous.drain(Set.of(key));
        assertEquals(Boolean.TRUE, anonymous.field(key, "isPublic"), "published: the public mirror gains it");
        anonymous.removals.clear();
        setPublic(key, false);
        anonymous.drain(Set.of(key));
        assertEquals(Set.of(key), anonymous.removals, "made internal again: a tombstone named by key");
        assertFalse(anonymous.items.containsKey(key));
    }

    private static void setPublic(String key, boolean isPublic) {
        io.restassured.response.Response current = api(admin()).when().get("/api/v1/indicators/" + key);
        Map<String, Object> change = new HashMap<>(current.jsonPath().getMap(""));
        for (String fixed : List.of("key", "kind", "source", "derivation", "version")) {
            change.remove(fixed);
        }
        change.put("isPublic", isPublic);
        api(admin()).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(change)
                .when().put("/api/v1/indicators/" + key).then().statusCode(200);
    }

    @Test
    void advisorLimitedToSaxonySyncsAndExportsOnlySaxonFigures() {
        String saxon = createScope("PROGRAMME", "Sachsen-Spiegel", null, "SN", null);
        String bavarianBefore = createScope("PROGRAMME", "Bayern-Spiegel", null, "BY", null);
        Mirror scopes = Mirror.export(advisorSaxony(), "/api/v1/metric-scopes", "id");
        Mirror events = Mirror.export(advisorSaxony(), "/api/v1/metric-events", "id");
        Mirror initiatives = Mirror.export(advisorSaxony(), "/api/v1/network-initiatives", "id");

        assertFalse(scopes.items.isEmpty());
        scopes.items.values().forEach(s -> assertEquals("SN", s.get("state"), s.toString()));
        assertTrue(scopes.items.containsKey(saxon));
        assertFalse(scopes.items.containsKey(bavarianBefore));
        assertFalse(events.items.isEmpty(), "Saxon demo events");
        assertTrue(scopes.items.keySet().containsAll(events.items.values().stream().map(e -> (String) e.get("scopeId")).toList()),
                "every exported event belongs to a Saxon scope");
        assertFalse(events.items.containsKey(BAVARIAN_DEMO_EVENT));
        assertFalse(ndjson(coordinator(), "/api/v1/metric-scopes", "state", "BY").isEmpty(), "staff export Bavarian scopes");

        String bavarian = createScope("PROGRAMME", "Bayern-Spiegel", null, "BY", null);
        String saxonLater = createScope("PROGRAMME", "Sachsen-Spiegel", null, "SN", null);
        String saxonEvent = createEvent(event("Gespräch in Pirna", saxon, "2044-05-05"));
        String bavarianEvent = createEvent(event("Gespräch in Wunsiedel", bavarian, "2044-05-06"));
        Map<String, Object> initiative = Map.of("name", "Netz Wunsiedel", "supportedOn", "2044-05-07", "scopeId", bavarian);
        String bavarianInitiative = api(coordinator()).contentType(ContentType.JSON).body(initiative).when().post("/api/v1/network-initiatives")
                .then().statusCode(201).extract().path("id");
        events.drain(Set.of(saxonEvent, bavarianEvent));
        initiatives.drain(Set.of(bavarianInitiative));
        scopes.drain(Set.of(bavarian, saxonLater));

        assertTrue(events.items.containsKey(saxonEvent), "the Saxon event reaches the advisor");
        assertFalse(events.deliveries.containsKey(bavarianEvent), "the Bavarian one does not");
        assertFalse(initiatives.deliveries.containsKey(bavarianInitiative));
        assertEquals(Set.of(saxonLater), scopes.deliveries.keySet(), "of the new scopes only the Saxon one reaches the advisor");
        assertFalse(events.items.containsKey(BAVARIAN_DEMO_EVENT));

        String csv = new String(plain(advisorSaxony()).accept("text/csv")
                .when().get("/api/v1/measurements").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(csv.contains(SCOPE_FICHTELGEBIRGE), "no Bavarian value in the advisor's CSV");
        String staffCsv = plain(coordinator()).accept("text/csv")
                .when().get("/api/v1/measurements").then().statusCode(200).extract().asString();
        assertTrue(staffCsv.contains(SCOPE_FICHTELGEBIRGE), "staff's CSV has them, so the check means something");
    }

    @Test
    void everyMetricsCollectionExportsNdjsonAndCsvAndSyncsItsNewItems() {
        String scope = createScope("COUNSELLING_LOCATION", "Beratung Bautzen", "Bautzen", "SN", "2045-01-01");
        String period = createPeriod("Sync 2045", "2045-01-01", "2045-12-31");
        Mirror targets = Mirror.export(coordinator(), "/api/v1/indicator-targets", "id");
        Mirror narratives = Mirror.export(coordinator(), "/api/v1/report-narratives", "id", "periodId", period);
        Mirror initiatives = Mirror.export(coordinator(), "/api/v1/network-initiatives", "id", "from", "2045-01-01");
        Mirror scopes = Mirror.export(coordinator(), "/api/v1/metric-scopes", "id", "kind", "COUNSELLING_LOCATION");
        assertTrue(scopes.items.containsKey(scope));
        assertTrue(narratives.items.isEmpty(), "a new period has no sections yet");

        String target = api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "actors_reached", "scopeId", scope, "periodId", period, "target", 500))
                .when().post("/api/v1/indicator-targets").then().statusCode(201).extract().path("id");
        String narrative = api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("scopeId", scope, "periodId", period, "title", "Rückblick", "body", "Ein **gutes** Jahr."))
                .when().post("/api/v1/report-narratives").then().statusCode(201).extract().path("id");
        String initiative = api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Kreativnetz Bautzen", "supportedOn", "2045-02-02", "scopeId", scope))
                .when().post("/api/v1/network-initiatives").then().statusCode(201).extract().path("id");
        String otherScope = createScope("COUNSELLING_LOCATION", "Beratung Görlitz", "Görlitz", "SN", "2045-01-01");
        createScope("PROGRAMME", "Nicht gesucht", null, "SN", null);
        targets.drain(Set.of(target));
        narratives.drain(Set.of(narrative));
        initiatives.drain(Set.of(initiative));
        scopes.drain(Set.of(otherScope));

        assertEquals(Set.of(target), targets.deliveries.keySet());
        assertEquals(500.0f, ((Number) targets.field(target, "target")).floatValue());
        assertEquals(Set.of(narrative), narratives.deliveries.keySet());
        assertEquals("2045-01-01", narratives.field(narrative, "startsOn"), "a section carries its period's dates");
        assertEquals(Set.of(initiative), initiatives.deliveries.keySet());
        assertEquals(Set.of(otherScope), scopes.deliveries.keySet(), "the PROGRAMME scope is outside the kind filter");

        api(coordinator()).header("If-Match", api(coordinator()).when().get("/api/v1/network-initiatives/" + initiative).then().statusCode(200).extract().header("ETag"))
                .when().delete("/api/v1/network-initiatives/" + initiative).then().statusCode(204);
        initiatives.drain(Set.of(initiative));
        assertEquals(Set.of(initiative), initiatives.removals, "a removed initiative arrives as a tombstone");

        Map<String, String> firstColumn = Map.of("/api/v1/indicators", "key", "/api/v1/indicator-targets", "id",
                "/api/v1/measurements", "id", "/api/v1/metric-events", "id", "/api/v1/metric-scopes", "id",
                "/api/v1/network-initiatives", "id", "/api/v1/report-narratives", "id", "/api/v1/reporting-periods", "id");
        firstColumn.forEach((path, column) -> {
            String csv = new String(plain(coordinator()).accept("text/csv").when().get(path).then().statusCode(200)
                    .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                    .extract().asByteArray(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFF" + column + ","), path + ": byte order mark and header row: " + csv.lines().findFirst());
            assertTrue(csv.lines().count() > 1, path + " exports rows");
        });
        String periodsCsv = plain(coordinator()).accept("text/csv").when().get("/api/v1/reporting-periods").then().extract().asString();
        assertTrue(periodsCsv.contains("Sync 2045"));
    }

    @Test
    void rolesThatMayNotListMayNotSyncOrExportEither() {
        plain(TestTokens.partnerKalbe()).accept("application/x-ndjson").when().get("/api/v1/metric-events").then().statusCode(403);
        plain(integration()).accept("text/csv").when().get("/api/v1/measurements").then().statusCode(403);
        plain(null).accept("application/x-ndjson").when().get("/api/v1/reporting-periods").then().statusCode(401);
        api(integration()).queryParam("updatedSince", "2000-01-01T00:00:00Z").when().get("/api/v1/metric-scopes").then().statusCode(403);
        api(integration()).queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("size", 100).when().get("/api/v1/indicators")
                .then().statusCode(200).body("items.isPublic", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(true)));
        invalidRequest().header("Authorization", TestTokens.bearer(coordinator())).queryParam("cursor", "bm9wZQ")
                .when().get("/api/v1/metric-events").then().statusCode(400).body(containsString("cursor"));
    }
}
