package de.kreativland.transfer.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import de.kreativland.transfer.sync.Feeds;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Incremental feeds name an item (as item, as tombstone, in their counts) only to callers who could have seen it. */
@QuarkusTest
class TombstoneAudienceTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    private record Feed(Set<String> items, Set<String> removed, long counted) {
    }

    @Test
    void theAnonymousConceptFeedNamesNoUnpublishedConcept() {
        String since = now();
        Set<String> unpublished = ids("select id from transfer_concept where status <> 'PUBLISHED'");
        Set<String> published = ids("select id from transfer_concept where status = 'PUBLISHED'");
        assertFalse(unpublished.isEmpty(), "the demo world has concepts in work");
        execute("update transfer_concept set updated_at = updated_at");
        Feeds.settle(dataSource);

        Feed anonymous = read(() -> api(), "/api/v1/transfer-concepts", since);
        assertTrue(anonymous.items().containsAll(published));
        assertTrue(intersection(anonymous.removed(), unpublished).isEmpty(), "tombstones of unpublished concepts: " + anonymous.removed());
        assertTrue(intersection(anonymous.items(), unpublished).isEmpty());
        assertEquals(anonymous.items().size() + anonymous.removed().size(), anonymous.counted(), "the counts cover visible changes only");

        Feed staff = read(() -> api(TestTokens.coordinator()), "/api/v1/transfer-concepts", since);
        assertTrue(staff.items().containsAll(unpublished), "staff mirror every concept");
    }

    @Test
    void aConceptThatWasPublishedLeavesTheAnonymousMirrorAsATombstone() {
        String id = ids("select id from transfer_concept where status = 'PUBLISHED' order by id limit 1").iterator().next();
        String since = now();
        execute("update transfer_concept set status = 'ARCHIVED' where id = '" + id + "'");
        try {
            Feeds.settle(dataSource);
            Feed anonymous = read(() -> api(), "/api/v1/transfer-concepts", since);
            assertTrue(anonymous.removed().contains(id), "a mirror must drop what it once received");
        } finally {
            execute("update transfer_concept set status = 'PUBLISHED' where id = '" + id + "'");
        }
    }

    @Test
    void theSaxonyAdvisorsOrganisationFeedNamesNoOtherState() {
        String since = now();
        Set<String> saxon = ids("select id from organisation where state = 'SN'");
        Set<String> others = ids("select id from organisation where state <> 'SN'");
        assertFalse(others.isEmpty());
        execute("update organisation set updated_at = updated_at");
        Feeds.settle(dataSource);

        Feed advisor = read(() -> api(TestTokens.advisorSaxony()), "/api/v1/organisations", since);
        assertTrue(advisor.items().containsAll(saxon));
        assertTrue(intersection(advisor.removed(), others).isEmpty(), "tombstones of other states: " + advisor.removed());
        assertEquals(advisor.items().size() + advisor.removed().size(), advisor.counted(), "the counts cover Saxony only");

        Feed directory = read(() -> api(), "/api/v1/partners", since);
        // organisations never listed in the directory (one that was listed once may leave mirrors as a tombstone)
        Set<String> unlisted = ids("select entity_id from sync_change where collection = 'organisations' and not 'public' = any(audience)");
        assertTrue(intersection(directory.removed(), unlisted).isEmpty(), "the public directory names no unlisted organisation");
    }

    /** Reads the whole feed since the moment; counted is the first window's total (every change still to come). */
    private static Feed read(Supplier<RequestSpecification> request, String path, String since) {
        Set<String> items = new HashSet<>();
        Set<String> removed = new HashSet<>();
        JsonPath page = request.get().queryParam("updatedSince", since).queryParam("size", 100).when().get(path)
                .then().statusCode(200).extract().jsonPath();
        long counted = page.getLong("totalItems");
        while (true) {
            List<Map<String, Object>> pageItems = page.getList("items");
            List<Map<String, Object>> pageRemoved = page.getList("removed");
            pageItems.forEach(item -> items.add(String.valueOf(item.get("id"))));
            pageRemoved.forEach(item -> removed.add(String.valueOf(item.get("id"))));
            if (pageItems.isEmpty() && pageRemoved.isEmpty()) {
                return new Feed(items, removed, counted);
            }
            page = request.get().queryParam("cursor", page.getString("nextCursor")).queryParam("size", 100).when().get(path)
                    .then().statusCode(200).extract().jsonPath();
        }
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).withNano(0).toString();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private Set<String> ids(String sql) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
