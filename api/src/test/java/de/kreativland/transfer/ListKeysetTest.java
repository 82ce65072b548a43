package de.kreativland.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset paging of the lists that grow besides the directory (measurements, metric events, network initiatives,
 * coaching sessions): walking after/nextAfter returns each item once while items are added and removed between calls.
 */
@QuarkusTest
class ListKeysetTest extends ApiTest {
    static final String MARK = "list-keyset";

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(7);
    private UUID scope;
    private UUID assignment;
    private UUID organisation;

    @BeforeEach
    void scopeAndAssignment() throws Exception {
        scope = UUID.randomUUID();
        organisation = UUID.randomUUID();
        assignment = UUID.randomUUID();
        update("insert into metric_scope (id, kind, name, state, created_by, updated_by) values (?, 'PROGRAMME', 'Keyset-Bereich', 'TH', ?, ?)",
                scope, MARK, MARK);
        update("insert into organisation (id, name, town, state, created_by, updated_by) values (?, 'Keyset-Sitzungen', 'Ort', 'TH', ?, ?)",
                organisation, MARK, MARK);
        update("insert into coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by)"
                + " values (?, ?::uuid, ?, 'MARKETING', 10, ?, ?)", assignment, TestDatabase.DEMO_COACH_ID, organisation, MARK, MARK);
    }

    @AfterEach
    void remove() throws Exception {
        update("delete from measurement where scope_id = ?", scope);
        update("delete from metric_event where scope_id = ?", scope);
        update("delete from network_initiative where scope_id = ?", scope);
        update("delete from metric_scope where id = ?", scope);
        update("delete from organisation where id = ?", organisation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"measurements", "metric-events", "network-initiatives", "sessions"})
    void keysetPagesReturnEachItemOnceWhileItemsAreAddedAndRemoved(String list) throws Exception {
        List<UUID> initial = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // days repeat, so the later keys (title, creation time, id) decide within a day
            initial.add(insert(list, LocalDate.of(2026, 3, 1).plusDays(random.nextInt(6)), "Eintrag " + (char) ('B' + random.nextInt(5))));
        }
        Set<UUID> removed = new HashSet<>();
        List<UUID> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = api(TestTokens.admin()).queryParam("size", 7);
            if (after != null) {
                request.queryParam("after", after);
            }
            String path = list.equals("sessions") ? "/api/v1/coaching-assignments/" + assignment + "/sessions" : "/api/v1/" + list;
            if (!list.equals("sessions")) {
                request.queryParam("scopeId", scope.toString());
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(id -> seen.add(UUID.fromString(id)));
            after = page.getString("nextAfter");
            // between two calls: one item sorting first (newest) and one last appear; a seen and an unseen one go
            insert(list, LocalDate.of(2026, 3, 20), "Neu " + pages);
            insert(list, LocalDate.of(2026, 2, 1), "Alt " + pages);
            List<UUID> unseen = initial.stream().filter(id -> !seen.contains(id) && !removed.contains(id)).toList();
            List<UUID> going = new ArrayList<>(List.of(seen.get(random.nextInt(seen.size()))));
            if (!unseen.isEmpty()) {
                going.add(unseen.get(random.nextInt(unseen.size())));
            }
            for (UUID id : going) {
                delete(list, id);
                removed.add(id);
            }
            pages++;
        } while (after != null && pages < 30);

        assertNull(after, "the walk ends on a page without nextAfter");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no item twice: " + seen);
        Set<UUID> kept = new HashSet<>(initial);
        kept.removeAll(removed);
        assertTrue(seen.containsAll(kept), "every item there from the first to the last page was on a page");
    }

    private UUID insert(String list, LocalDate day, String title) throws Exception {
        UUID id = UUID.randomUUID();
        switch (list) {
            case "measurements" -> update("insert into measurement (id, indicator_key, scope_id, value, as_of, entered_by)"
                    + " values (?, ?, ?, 1, ?, ?)", id, random.nextBoolean() ? "actors_reached" : "group_members", scope, day, MARK);
            case "metric-events" -> update("insert into metric_event (id, title, type, held_on, town, scope_id, participants, created_by, updated_by)"
                    + " values (?, ?, 'WORKSHOP', ?, 'Ort', ?, 3, ?, ?)", id, title, day, scope, MARK, MARK);
            case "network-initiatives" -> update("insert into network_initiative (id, name, supported_on, scope_id, created_by, updated_by)"
                    + " values (?, ?, ?, ?, ?, ?)", id, title, day, scope, MARK, MARK);
            default -> update("insert into coaching_session (id, assignment_id, held_on, duration_minutes, topic, format, created_by, updated_by,"
                    + " created_at) values (?, ?, ?, 60, 'MARKETING', 'VIDEO', ?, ?, now() - random() * interval '3 days')",
                    id, assignment, day, MARK, MARK);
        }
        return id;
    }

    private void delete(String list, UUID id) throws Exception {
        String table = switch (list) {
            case "measurements" -> "measurement";
            case "metric-events" -> "metric_event";
            case "network-initiatives" -> "network_initiative";
            default -> "coaching_session";
        };
        update("delete from " + table + " where id = ?", id);
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
