package de.kreativland.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No N+1: one list request issues the same number of SQL statements whether it answers 5 or 50 items. Every
 * statement on the datasource is counted (datasource-proxy through {@link CountingDriver}), whoever issues it.
 * The test writes 50 rows of each growing collection (marked created_by 'stmt-count') and removes them again; the
 * collections without generated rows are counted on the demo data.
 */
@QuarkusTest
@TestProfile(CollectionStatementCountTest.Counted.class)
class CollectionStatementCountTest {
    static final String MARK = "stmt-count";

    public static class Counted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Background jobs (the mail outbox worker, reminders) are not the list's statements: they stay off here.
            return Map.of("quarkus.datasource.jdbc.driver", CountingDriver.class.getName(), "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyListIssuesAsManyStatementsFor50ItemsAsFor5() throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        try {
            String assignment = generate();
            List<String> lists = List.of("/partners", "/organisations", "/memberships", "/coaches", "/coaching-assignments",
                    "/coaching-assignments/" + assignment + "/sessions", "/metric-scopes", "/measurements", "/metric-events",
                    "/network-initiatives", "/transfer-concepts", "/learning-modules", "/tandems", "/indicators",
                    "/reporting-periods", "/indicator-targets", "/report-narratives", "/selection-rounds",
                    "/selection-criteria", "/learning-paths");
            for (String list : lists) {
                String path = "/api/v1" + list;
                get(path, 1); // warm: first-use lookups (token issuer, caches) are not the list's statements
                int few = count(path, 5, failures);
                int many = count(path, 50, failures);
                System.out.printf("statements per list request: %-45s size=5: %d, size=50: %d%n", list, few, many);
                if (few == 0) {
                    failures.put(list, "no statement counted: is CountingDriver the datasource's driver?");
                }
                if (few >= 0 && many > few) {
                    failures.put(list, few + " statements for size=5, " + many + " for size=50: " + CountingDriver.executed());
                }
            }
        } finally {
            remove();
        }
        assertEquals(Map.of(), failures, "lists whose statement count grows with the page size");
    }

    private int count(String path, int size, Map<String, String> failures) {
        CountingDriver.reset();
        Response response = get(path, size);
        int executed = CountingDriver.executed().size();
        if (response.statusCode() != 200) {
            failures.put(path, "status " + response.statusCode() + " for size=" + size);
            return -1;
        }
        List<?> items = response.path("items");
        if (size == 50 && path.matches(".*/(partners|organisations|memberships|coaches|coaching-assignments|sessions|metric-scopes|measurements|metric-events|network-initiatives|transfer-concepts|learning-modules|tandems)$")
                && items.size() < 50) {
            failures.put(path, "only " + items.size() + " items for size=50");
        }
        return executed;
    }

    private static Response get(String path, int size) {
        return given().header("Authorization", "Bearer " + TestTokens.admin()).queryParam("size", size)
                .when().get(path).then().extract().response();
    }

    /** 50 rows of each growing collection; answers the id of an assignment with 50 sessions. */
    private String generate() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, name, town, state, programme_role, kind, created_by, updated_by)
                    select gen_random_uuid(), 'Zählung ' || g, 'Zählstadt', 'SN', 'TANDEM', 'ASSOCIATION', 'stmt-count', 'stmt-count'
                    from generate_series(1, 51) g""");
            sql.execute("""
                    create temporary table counted_org as
                    select id, row_number() over (order by id) as n from organisation where created_by = 'stmt-count'""");
            sql.execute("insert into organisation_membership (subject, organisation_id, created_by)"
                    + " select 'stmt-count-' || n, id, 'stmt-count' from counted_org");
            sql.execute("insert into coach (id, name, topics, regions, created_by, updated_by) select gen_random_uuid(),"
                    + " 'Zählcoach ' || g, '{MARKETING}', '{SN}', 'stmt-count', 'stmt-count' from generate_series(1, 50) g");
            sql.execute("insert into coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by)"
                    + " select gen_random_uuid(), '" + TestDatabase.DEMO_COACH_ID + "', id, 'MARKETING', 10, 'stmt-count', 'stmt-count'"
                    + " from counted_org");
            String assignment;
            try (ResultSet rs = sql.executeQuery("select id from coaching_assignment where created_by = 'stmt-count' order by id limit 1")) {
                rs.next();
                assignment = rs.getString(1);
            }
            sql.execute("insert into coaching_session (id, assignment_id, held_on, duration_minutes, topic, format, created_by, updated_by)"
                    + " select gen_random_uuid(), '" + assignment + "', current_date - g, 60, 'MARKETING', 'VIDEO', 'stmt-count', 'stmt-count'"
                    + " from generate_series(1, 50) g");
            sql.execute("insert into metric_scope (id, kind, name, state, organisation_id, created_by, updated_by)"
                    + " select gen_random_uuid(), 'ORGANISATION', 'Zählbereich ' || n, 'SN', id, 'stmt-count', 'stmt-count' from counted_org");
            sql.execute("insert into measurement (id, indicator_key, scope_id, value, as_of, entered_by)"
                    + " select gen_random_uuid(), 'actors_reached', id, 5, current_date - 1, 'stmt-count'"
                    + " from metric_scope where created_by = 'stmt-count'");
            sql.execute("insert into metric_event (id, title, type, held_on, town, scope_id, participants, created_by, updated_by)"
                    + " select gen_random_uuid(), 'Zähltreffen', 'WORKSHOP', current_date - 2, 'Zählstadt', id, 10, 'stmt-count', 'stmt-count'"
                    + " from metric_scope where created_by = 'stmt-count'");
            sql.execute("insert into network_initiative (id, name, supported_on, scope_id, created_by, updated_by)"
                    + " select gen_random_uuid(), 'Zählnetz', current_date - 3, id, 'stmt-count', 'stmt-count'"
                    + " from metric_scope where created_by = 'stmt-count'");
            sql.execute("insert into transfer_concept (id, organisation_id, title, created_by, updated_by)"
                    + " select gen_random_uuid(), id, 'Zählkonzept ' || n, 'stmt-count', 'stmt-count' from counted_org");
            sql.execute("""
                    insert into learning_module (id, slug, title, summary, format, level, estimated_minutes, visibility, status,
                                                 published_at, created_by, updated_by)
                    select gen_random_uuid(), 'zaehlmodul-' || n, 'Zählmodul ' || n, 'Zum Zählen', 'ARTICLE', 'BEGINNER', 5, 'PUBLIC',
                           'PUBLISHED', now(), 'stmt-count', 'stmt-count' from counted_org""");
            sql.execute("insert into learning_module_author (module_id, position, organisation_id)"
                    + " select m.id, 0, o.id from learning_module m join counted_org o on m.slug = 'zaehlmodul-' || o.n");
            sql.execute("""
                    insert into tandem (id, best_practice_organisation_id, concept_id, tandem_organisation_id, created_by, updated_by)
                    select gen_random_uuid(), c.organisation_id, c.id, next.id, 'stmt-count', 'stmt-count'
                    from transfer_concept c join counted_org o on o.id = c.organisation_id
                    join counted_org next on next.n = o.n % 51 + 1
                    where c.created_by = 'stmt-count'""");
            sql.execute("drop table counted_org");
            return assignment;
        }
    }

    private void remove() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : List.of(
                    "delete from tandem where created_by = 'stmt-count'",
                    "delete from learning_module where created_by = 'stmt-count'",
                    "delete from measurement where entered_by = 'stmt-count'",
                    "delete from metric_event where created_by = 'stmt-count'",
                    "delete from network_initiative where created_by = 'stmt-count'",
                    "delete from metric_scope where created_by = 'stmt-count'",
                    "delete from coaching_assignment where created_by = 'stmt-count'",
                    "delete from coach where created_by = 'stmt-count'",
                    "delete from organisation where created_by = 'stmt-count'")) {
                sql.execute(statement);
            }
        }
    }
}
