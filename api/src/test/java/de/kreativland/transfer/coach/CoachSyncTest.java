package de.kreativland.transfer.coach;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.FeedMirror;
import de.kreativland.transfer.sync.Feeds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachSyncTest extends CoachingTest {
    private static final String COACHES = "/api/v1/coaches";
    private static final String ASSIGNMENTS = "/api/v1/coaching-assignments";
    private static final String TOPICS = "/api/v1/expertise-topics";

    @Inject
    AgroalDataSource dataSource;

    /** What a mirroring client learns by paging the change feed from a cursor. */
    private final class Mirror extends FeedMirror {
        Mirror(String token, String cursor, String key) {
            super(dataSource, () -> token == null ? api() : api(token), cursor, key);
        }

        Mirror drain(String path, Map<String, String> filters) {
            read(path, filters);
            return this;
        }

        Mirror drain(String path) {
            return drain(path, Map.of());
        }
    }

    /** The Sync-Cursor of an export, taken once every earlier change is final, so that none of them comes again. */
    private String exportCursor(String token, String path, Map<String, String> filters) {
        Feeds.settle(dataSource);
        return Feeds.export(token, "application/x-ndjson").queryParams(filters).when().get(path)
                .then().statusCode(200).extract().header("Sync-Cursor");
    }

    private static void rename(String coachId, String subject, String name, String... topics) {
        String etag = api(TestTokens.coordinator()).when().get(COACHES + "/" + coachId).then().statusCode(200).extract().header("ETag");
        Map<String, Object> input = coachInput(name, subject, topics);
        api(TestTokens.coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(input)
                .when().put(COACHES + "/" + coachId).then().statusCode(200);
    }

    @Test
    void aMirrorOfTheCoachesSeesEachChangeOnceAndNothingUntouched() {
        Mirror mirror = new Mirror(TestTokens.coordinator(), exportCursor(TestTokens.coordinator(), COACHES, Map.of()), "id");
        String firstSubject = newSubject();
        String first = createCoach(firstSubject, "MARKETING");
        mirror.drain(COACHES);
        String second = createCoach(newSubject(), "FINANCING");
        rename(first, firstSubject, "Umbenannt (Test)", "MARKETING");
        mirror.drain(COACHES);

        assertEquals(2, mirror.deliveries.get(first), "created, then renamed after the first read: two changes, two deliveries");
        assertEquals(1, mirror.deliveries.get(second));
        assertEquals("Umbenannt (Test)", mirror.items.get(first).get("name"));
        assertFalse(mirror.deliveries.containsKey(CLARA), "untouched coaches are not sent again");
        assertEquals(Set.of(first, second), mirror.deliveries.keySet());
    }

    @Test
    void aCoachDroppingTheFilteredTopicArrivesAsRemoved() {
        Map<String, String> buildingLaw = Map.of("topic", "BUILDING_LAW");
        Mirror mirror = new Mirror(TestTokens.partnerKalbe(), exportCursor(TestTokens.partnerKalbe(), COACHES, buildingLaw), "id");
        String subject = newSubject();
        String id = createCoach(subject, "BUILDING_LAW", "MARKETING");
        String other = createCoach(newSubject(), "MARKETING");
        mirror.drain(COACHES, buildingLaw);
        assertTrue(mirror.items.containsKey(id));
        assertFalse(mirror.items.containsKey(other), "the filter applies to sync");

        rename(id, subject, "Nur noch Marketing (Test)", "MARKETING");
        mirror.drain(COACHES, buildingLaw);
        assertTrue(mirror.removed.contains(id), "left the filtered list: a tombstone");
        assertFalse(mirror.items.containsKey(id));

        List<JsonPath> exported = Feeds.ndjson(TestTokens.partnerKalbe(), COACHES, buildingLaw);
        assertFalse(exported.isEmpty());
        for (JsonPath line : exported) {
            assertTrue(line.getList("topics").contains("BUILDING_LAW"), "the filter applies to the export: " + line.prettify());
        }
    }

    @Test
    void contactDataStaysWithStaffAndTheCoachItselfInSyncAndExport() {
        String subject = newSubject();
        String id = createCoach(subject, "DIGITAL_INFRASTRUCTURE");
        String integration = TestTokens.sign(TestTokens.claims("service-account-coach-sync", "service-account-coach-sync", "Integration", "integration"));
        Feeds.export(integration, "application/x-ndjson").when().get(COACHES).then().statusCode(403);
        String partner = TestTokens.partnerKalbe();

        for (JsonPath line : Feeds.ndjson(partner, COACHES, Map.of())) {
            assertNull(line.get("contact"), "no contact data for a partner user: " + line.prettify());
            assertNull(line.get("subject"), "no Keycloak user for a partner user");
        }
        Map<String, JsonPath> byCoach = new HashMap<>();
        Feeds.ndjson(coachToken(subject), COACHES, Map.of()).forEach(line -> byCoach.put(line.getString("id"), line));
        assertEquals("test-coach@example.org", byCoach.get(id).getString("contact.email"), "the coach exports its own contact data");
        assertNull(byCoach.get(CLARA).get("contact"), "but not another coach's");
        byCoach.clear();
        Feeds.ndjson(clara(), COACHES, Map.of()).forEach(line -> byCoach.put(line.getString("id"), line));
        assertEquals("coach@demo.kreativland.example", byCoach.get(CLARA).getString("contact.email"));
        assertNull(byCoach.get(id).get("contact"), "and the other way round");

        Mirror asPartner = new Mirror(partner, exportCursor(partner, COACHES, Map.of()), "id");
        rename(id, subject, "Neu benannt (Test)", "DIGITAL_INFRASTRUCTURE");
        asPartner.drain(COACHES);
        assertNull(asPartner.items.get(id).get("contact"), "nor in a sync window");
        assertNull(asPartner.items.get(id).get("subject"));
        Mirror asStaff = new Mirror(TestTokens.coordinator(), asPartner.cursor, "id");
        rename(id, subject, "Nochmals benannt (Test)", "DIGITAL_INFRASTRUCTURE");
        asStaff.drain(COACHES);
        assertEquals(subject, asStaff.items.get(id).get("subject"), "staff see the user and contact data in sync");

        String csv = Feeds.export(partner, "text/csv").when().get(COACHES).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,name,bio,topics,regions,languages,subject,contact.email,contact.phone"), csv.lines().findFirst().orElse(""));
        assertFalse(csv.contains("@demo.kreativland.example") || csv.contains("test-coach@example.org"),
                "no e-mail address anywhere in a partner's CSV");
    }

    @Test
    void aLoggedSessionResendsItsAssignmentOnlyToThoseWhoMayReadIt() {
        String coachSubject = newSubject();
        String memberSubject = newSubject();
        String organisation = newOrganisation("Synchronverein (Test)");
        addMember(memberSubject, organisation);
        String assignment = assign(createCoach(coachSubject, "FINANCING"), organisation, "FINANCING", "4");

        Map<String, String> readers = Map.of("assigned coach", coachToken(coachSubject), "member", partnerToken(memberSubject),
                "another coach", clara(), "another organisation's member", TestTokens.partnerKalbe());
        Map<String, Mirror> mirrors = new HashMap<>();
        readers.forEach((who, token) -> mirrors.put(who, new Mirror(token, exportCursor(token, ASSIGNMENTS, Map.of()), "id")));
        logSession(coachToken(coachSubject), assignment, "2024-06-03", 90);

        for (String who : List.of("assigned coach", "member")) {
            Mirror mirror = mirrors.get(who).drain(ASSIGNMENTS);
            assertEquals(Set.of(assignment), mirror.deliveries.keySet(), who + ": the session is a change of its assignment, sent once");
            assertEquals(1.5f, ((Number) mirror.items.get(assignment).get("hoursUsed")).floatValue());
        }
        for (String who : List.of("another coach", "another organisation's member")) {
            Mirror mirror = mirrors.get(who).drain(ASSIGNMENTS);
            assertFalse(mirror.items.containsKey(assignment), who + " never gets it");
        }

        for (JsonPath line : Feeds.ndjson(TestTokens.partnerKalbe(), ASSIGNMENTS, Map.of())) {
            assertEquals(KALBE, line.getString("organisation.id"), "members export only their organisation's assignments");
        }
        List<JsonPath> own = Feeds.ndjson(coachToken(coachSubject), ASSIGNMENTS, Map.of());
        assertEquals(List.of(assignment), own.stream().map(line -> line.getString("id")).toList());
        String csv = Feeds.export(TestTokens.coordinator(), "text/csv").queryParam("organisationId", organisation).when().get(ASSIGNMENTS)
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,coach.id,coach.name,organisation.id,organisation.name"), csv);
        assertEquals(2, csv.lines().count(), "header and the one assignment of the filtered organisation");

        Feeds.export(TestTokens.advisorSaxony(), "application/x-ndjson").when().get(ASSIGNMENTS).then().statusCode(403);
        api(TestTokens.advisorSaxony()).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get(ASSIGNMENTS).then().statusCode(403);
    }

    @Test
    void expertiseTopicsExportAsBeforeAndSyncBesideTheList() {
        List<Map<String, Object>> topics = api().when().get(TOPICS).then().statusCode(200).extract().path("");
        List<JsonPath> exported = Feeds.ndjson(null, TOPICS, Map.of());
        assertEquals(topics.stream().map(t -> t.get("key")).sorted().toList(), exported.stream().map(t -> t.getString("key")).toList(),
                "the export holds every topic, by key");
        String csv = Feeds.export(null, "text/csv").when().get(TOPICS).then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFkey,nameDe,nameEn,position"), csv);

        JsonPath everything = api().when().get(TOPICS + "/changes").then().statusCode(200).extract().jsonPath();
        assertTrue(everything.getList("items.key").containsAll(topics.stream().map(t -> t.get("key")).toList()),
                "without a cursor the feed starts from the beginning");

        Mirror mirror = new Mirror(null, exportCursor(null, TOPICS, Map.of()), "key");
        // topics change only with a release (a migration); the test plays one
        run("insert into expertise_topic (key, name_de, name_en, position) values ('SYNC_TEST', 'Synchronisieren', 'Syncing', 99)");
        try {
            mirror.drain(TOPICS + "/changes");
            assertEquals(Set.of("SYNC_TEST"), mirror.deliveries.keySet());
            assertEquals("Syncing", mirror.items.get("SYNC_TEST").get("nameEn"));
        } finally {
            run("delete from expertise_topic where key = 'SYNC_TEST'");
        }
        mirror.drain(TOPICS + "/changes");
        assertEquals(Set.of("SYNC_TEST"), mirror.removed, "a topic taken out arrives as a tombstone named by its key");
        invalidRequest().queryParam("cursor", "bm9wZQ").when().get(TOPICS + "/changes")
                .then().statusCode(400).body(containsString("cursor"));
    }

    private void run(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
