package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.Feeds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipSyncTest extends ApiTest {
    private static final String MEMBERSHIPS = "/api/v1/memberships";

    @Inject
    AgroalDataSource dataSource;

    private static String member(String organisationId) {
        String subject = UUID.randomUUID().toString();
        api(TestTokens.admin()).contentType("application/json").body(Map.of("subject", subject))
                .when().post("/api/v1/organisations/{id}/memberships", organisationId).then().statusCode(201);
        return subject;
    }

    /** One sync window of memberships: the keys (subject:organisationId) delivered, then those removed. */
    private record Window(List<String> delivered, List<String> removed, String nextCursor) {
    }

    private Window read(String cursor) {
        Feeds.settle(dataSource);
        List<String> delivered = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        while (true) {
            JsonPath window = api(TestTokens.admin()).queryParam("cursor", cursor).queryParam("size", 2)
                    .when().get(MEMBERSHIPS).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = window.getList("items");
            for (Map<String, Object> item : items) {
                delivered.add(item.get("subject") + ":" + ((Map<?, ?>) item.get("organisation")).get("id"));
            }
            removed.addAll(window.getList("removed.id"));
            cursor = window.getString("nextCursor");
            assertNotNull(cursor);
            if (items.isEmpty() && window.getList("removed").isEmpty()) {
                return new Window(delivered, removed, cursor);
            }
        }
    }

    @Test
    void anAdminMirrorLearnsOfNewAndEndedMembershipsByKey() {
        Feeds.settle(dataSource);
        String cursor = Feeds.export(TestTokens.admin(), "application/x-ndjson").when().get(MEMBERSHIPS)
                .then().statusCode(200).extract().header("Sync-Cursor");
        String first = member(Organisations.HALDERN);
        String second = member(Organisations.FICHTELGEBIRGE);
        Window window = read(cursor);
        assertEquals(List.of(first + ":" + Organisations.HALDERN, second + ":" + Organisations.FICHTELGEBIRGE), window.delivered(),
                "each new membership once, in the order made, keyed subject:organisationId; untouched ones not again");

        api(TestTokens.admin()).when().delete("/api/v1/organisations/{id}/memberships/{subject}", Organisations.HALDERN, first)
                .then().statusCode(204);
        window = read(window.nextCursor());
        assertEquals(List.of(), window.delivered());
        assertEquals(List.of(first + ":" + Organisations.HALDERN), window.removed(), "the ended membership, as a tombstone");

        List<JsonPath> exported = Feeds.export(TestTokens.admin(), "application/x-ndjson").when().get(MEMBERSHIPS)
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString()
                .lines().map(JsonPath::from).toList();
        assertTrue(exported.stream().anyMatch(line -> second.equals(line.getString("subject"))));
        assertTrue(exported.stream().noneMatch(line -> first.equals(line.getString("subject"))), "ended memberships are not exported");
        assertTrue(exported.stream().anyMatch(line -> TestTokens.PARTNER_KALBE.equals(line.getString("subject"))
                && Organisations.KALBE.equals(line.getString("organisation.id"))), "the demo partner's membership");

        String csv = Feeds.export(TestTokens.admin(), "text/csv").when().get(MEMBERSHIPS).then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFsubject,organisation.id,organisation.name,createdAt,createdBy"), csv);
        api(TestTokens.admin()).when().delete("/api/v1/organisations/{id}/memberships/{subject}", Organisations.FICHTELGEBIRGE, second)
                .then().statusCode(204);
    }

    @Test
    void membershipsStayWithAdminsInSyncAndExport() {
        String integration = TestTokens.sign(TestTokens.claims("service-account-membership-sync", "service-account-membership-sync",
                "Integration", "integration"));
        for (String token : List.of(TestTokens.coordinator(), TestTokens.advisorSaxony(), TestTokens.partnerKalbe(), integration)) {
            Feeds.export(token, "application/x-ndjson").when().get(MEMBERSHIPS).then().statusCode(403);
            Feeds.export(token, "text/csv").when().get(MEMBERSHIPS).then().statusCode(403);
            api(token).queryParam("updatedSince", "2020-01-01T00:00:00Z").when().get(MEMBERSHIPS).then().statusCode(403);
        }
        RestAssured.given().accept("application/x-ndjson").when().get(MEMBERSHIPS).then().statusCode(401);
    }
}
