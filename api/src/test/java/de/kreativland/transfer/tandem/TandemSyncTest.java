package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.FeedMirror;
import de.kreativland.transfer.sync.Feeds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TandemSyncTest extends TandemApiTest {
    /** Kalbe, a demo best-practice partner of the demo user partner. */
    private static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    @Inject
    AgroalDataSource dataSource;

    /** What a mirroring client learns by paging the change feed from the cursor of an export. */
    private final class Mirror extends FeedMirror {
        final Map<String, String> filters;

        Mirror(String token, Map<String, String> filters) {
            super(dataSource, () -> api(token), exportCursor(token, filters), "id");
            this.filters = filters;
        }

        Mirror drain() {
            read(TANDEMS, filters);
            return this;
        }
    }

    /** The Sync-Cursor of an export, taken once every earlier change is final, so that none of them comes again. */
    private String exportCursor(String token, Map<String, String> filters) {
        Feeds.settle(dataSource);
        return Feeds.export(token, "application/x-ndjson").queryParams(filters).when().get(TANDEMS)
                .then().statusCode(200).extract().header("Sync-Cursor");
    }

    private static List<JsonPath> ndjson(String token, Map<String, String> filters) {
        String body = Feeds.export(token, "application/x-ndjson").queryParams(filters).when().get(TANDEMS)
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        return body.lines().map(JsonPath::from).toList();
    }

    @Test
    void partnersAndCoachesMirrorOnlyTheTandemsTheyMayRead() {
        Map<String, String> readers = Map.of("owner's member", ownerPartner(), "assigned coach", coach(),
                "unrelated member", unrelatedPartner(), "Kalbe's member", TestTokens.partnerKalbe(), "unassigned coach", otherCoach());
        Map<String, Mirror> mirrors = new HashMap<>();
        readers.forEach((who, token) -> mirrors.put(who, new Mirror(token, Map.of())));

        String id = proposed();
        mirrors.get("owner's member").drain();
        agreeBoth(id);

        Mirror owner = mirrors.get("owner's member").drain();
        assertEquals(Map.of(id, 2), owner.deliveries, "proposed, then agreed after the first read: each change once, nothing else");
        assertEquals("AGREED", owner.items.get(id).get("status"));
        Mirror coach = mirrors.get("assigned coach").drain();
        assertEquals(Map.of(id, 1), coach.deliveries, "the coach assigned to the best-practice side reads along");
        for (String outsider : List.of("unrelated member", "Kalbe's member", "unassigned coach")) {
            assertTrue(mirrors.get(outsider).drain().items.isEmpty(), outsider + " gets no tandem of others");
        }

        assertEquals(List.of(id), ndjson(ownerPartner(), Map.of()).stream().map(line -> line.getString("id")).toList());
        assertTrue(ndjson(unrelatedPartner(), Map.of()).isEmpty(), "an unrelated member exports nothing");
        List<JsonPath> kalbe = ndjson(TestTokens.partnerKalbe(), Map.of());
        for (JsonPath line : kalbe) {
            assertTrue(KALBE.equals(line.getString("bestPracticeOrganisation.id")) || KALBE.equals(line.getString("tandemOrganisation.id")),
                    "Kalbe's member exports only Kalbe's tandems: " + line.prettify());
        }
        assertFalse(kalbe.stream().anyMatch(line -> id.equals(line.getString("id"))));
    }

    @Test
    void aTandemLeavingTheFilterOrDeletedArrivesAsRemovedAndPartsCountAsChanges() {
        Map<String, String> proposals = Map.of("status", "PROPOSED");
        Mirror proposed = new Mirror(coordinator(), proposals);
        Mirror all = new Mirror(coordinator(), Map.of("organisationId", owner.toString()));
        String id = proposed();
        proposed.drain();
        all.drain();
        assertTrue(proposed.items.containsKey(id));

        agreeBoth(id);
        proposed.drain();
        all.drain();
        assertEquals(Set.of(id), proposed.removed, "agreed: no longer a proposal");
        assertEquals("AGREED", all.items.get(id).get("status"));

        api(nearPartner()).contentType("application/json")
                .body(Map.of("type", "CALL", "heldOn", LocalDate.now(TandemService.BERLIN).toString(), "participants", "Bea, Tom"))
                .when().post(TANDEMS + "/{id}/activities", id).then().statusCode(201);
        all.drain();
        assertEquals(3, all.deliveries.get(id), "proposed, agreed, an activity logged, read in between: each a change of the tandem");

        String csv = Feeds.export(coordinator(), "text/csv").queryParam("organisationId", owner.toString()).when().get(TANDEMS)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        // long values and names come quoted (valid CSV either way)
        assertTrue(csv.replace("\"", "").startsWith("\uFEFFid,bestPracticeOrganisation.id,bestPracticeOrganisation.name,"
                + "bestPracticeOrganisation.town,bestPracticeOrganisation.state,tandemOrganisation.id"), csv);
        assertEquals(2, csv.lines().count(), "header and the owner's one tandem");

        data.removeCreated();
        all.drain();
        assertEquals(Set.of(id), all.removed, "deleted with its organisations: a tombstone");
    }

    @Test
    void rolesThatMayNotListTandemsMayNeitherSyncNorExport() {
        String integration = TestTokens.sign(TestTokens.claims("service-account-tandem-sync", "service-account-tandem-sync", "Integration",
                "integration"));
        for (String token : List.of(TestTokens.advisorSaxony(), integration)) {
            Feeds.export(token, "application/x-ndjson").when().get(TANDEMS).then().statusCode(403);
            Feeds.export(token, "text/csv").when().get(TANDEMS).then().statusCode(403);
            api(token).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get(TANDEMS).then().statusCode(403);
        }
    }
}
