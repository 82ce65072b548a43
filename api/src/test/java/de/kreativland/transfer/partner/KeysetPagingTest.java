package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset paging of the directory: walking the pages with after/nextAfter returns each partner exactly once while
 * partners are added and removed between the calls, in every sort that offers it.
 */
@QuarkusTest
class KeysetPagingTest extends ApiTest {
    static final String MARK = "keyset-test";

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(12);
    private final String word = "kstq" + UUID.randomUUID().toString().replace("-", "").chars().limit(6)
            .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16)))).collect(java.util.stream.Collectors.joining());

    @AfterEach
    void removeGenerated() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("delete from organisation where created_by = ?")) {
            statement.setString(1, MARK);
            statement.executeUpdate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "-name", "town", "-town", "foundingYear", "-foundingYear"})
    void keysetPagesReturnEachPartnerOnceWhilePartnersAreAddedAndRemoved(String sort) throws Exception {
        List<UUID> initial = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // names, towns and years repeat, so the later sort keys decide; some years are unknown (sorted last)
            initial.add(insert("Keyset " + (char) ('B' + random.nextInt(20)) + " " + (i % 7), "Ort " + random.nextInt(5),
                    i % 6 == 0 ? null : 1990 + random.nextInt(4)));
        }
        Set<UUID> removed = new HashSet<>();
        Set<UUID> added = new HashSet<>();
        List<UUID> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = page(sort, after);
            List<String> ids = page.getList("items.id");
            ids.forEach(id -> seen.add(UUID.fromString(id)));
            after = page.getString("nextAfter");
            assertEquals(0, page.getInt("page"));
            // between two calls: a partner sorting first and one sorting last appear; a seen and an unseen one go
            added.add(insert("Keyset A " + pages, "Ort 0", 1980));
            added.add(insert("Keyset Z " + pages, "Ort 9", null));
            UUID seenOne = seen.get(random.nextInt(seen.size()));
            List<UUID> unseen = initial.stream().filter(id -> !seen.contains(id) && !removed.contains(id)).toList();
            for (UUID id : unseen.isEmpty() ? List.of(seenOne) : List.of(seenOne, unseen.get(random.nextInt(unseen.size())))) {
                delete(id);
                removed.add(id);
            }
            pages++;
        } while (after != null && pages < 40);

        assertNull(after, "the walk ends with a page without nextAfter");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no partner appears twice: " + seen);
        Set<UUID> kept = new HashSet<>(initial);
        kept.removeAll(removed);
        assertTrue(seen.containsAll(kept), "every partner there from first to last page was on a page");
        assertTrue(seen.stream().allMatch(id -> initial.contains(id) || added.contains(id)), "only the partners of this test");
    }

    @Test
    void keysetPagesEqualNumberedPagesWhenNothingChanges() throws Exception {
        for (int i = 0; i < 12; i++) {
            insert("Keyset " + (char) ('B' + random.nextInt(20)) + " " + i, "Ort " + random.nextInt(3), i % 4 == 0 ? null : 2000 + i % 3);
        }
        for (String sort : List.of("name", "-foundingYear")) {
            List<String> numbered = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                numbered.addAll(api().queryParam("q", word).queryParam("sort", sort).queryParam("size", 5).queryParam("page", page)
                        .when().get("/api/v1/partners").then().statusCode(200).extract().jsonPath().getList("items.id"));
            }
            List<String> keyset = new ArrayList<>();
            String after = null;
            do {
                JsonPath page = page(sort, after);
                keyset.addAll(page.getList("items.id"));
                after = page.getString("nextAfter");
            } while (after != null);
            assertEquals(numbered, keyset, sort);
        }
    }

    @Test
    void aCursorThatThisApiDidNotHandOutIsRefusedNamingAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            insert("Keyset C " + i, "Ort 1", 2001);
        }
        String after = api().queryParam("q", word).queryParam("sort", "name").queryParam("size", 1)
                .when().get("/api/v1/partners").then().statusCode(200).extract().path("nextAfter");
        assertFalse(after == null || after.isBlank());
        for (String malformed : List.of("abc", "eyJhIjoxfQ", after.substring(0, after.length() - 3))) {
            invalidRequest().queryParam("after", malformed).when().get("/api/v1/partners")
                    .then().statusCode(400).body("violations.field", hasItem("after"));
        }
        invalidRequest().queryParam("q", word).queryParam("sort", "town").queryParam("after", after).when().get("/api/v1/partners")
                .then().statusCode(400).body("violations.field", hasItem("after"));
        invalidRequest().queryParam("q", word).queryParam("sort", "name").queryParam("page", 1).queryParam("after", after)
                .when().get("/api/v1/partners").then().statusCode(400).body("violations.field", hasItem("after"));
        invalidRequest().queryParam("q", word).queryParam("after", after).when().get("/api/v1/partners")
                .then().statusCode(400).body("violations.field", hasItem("after"));
        api().queryParam("q", word).queryParam("sort", "name").queryParam("size", 1).queryParam("after", after)
                .when().get("/api/v1/partners").then().statusCode(200).body("items[0].name", equalTo("Keyset C 1"));
    }

    private JsonPath page(String sort, String after) {
        var request = api().queryParam("q", word).queryParam("sort", sort).queryParam("size", 7);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get("/api/v1/partners").then().statusCode(200).extract().jsonPath();
    }

    private UUID insert(String name, String town, Integer foundingYear) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement("""
                insert into organisation (id, name, town, state, programme_role, founding_year, summary, created_by, updated_by)
                values (?, ?, ?, 'TH', 'TANDEM', ?, ?, ?, ?)""")) {
            statement.setObject(1, id);
            statement.setString(2, name);
            statement.setString(3, town);
            statement.setObject(4, foundingYear);
            statement.setString(5, "Testdatensatz " + word);
            statement.setString(6, MARK);
            statement.setString(7, MARK);
            statement.executeUpdate();
        }
        return id;
    }

    private void delete(UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("delete from organisation where id = ?")) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
