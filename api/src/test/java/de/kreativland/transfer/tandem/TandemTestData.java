package de.kreativland.transfer.tandem;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Organisations, concepts, memberships and coach assignments the tandem tests need, written straight to the test database. */
@ApplicationScoped
public class TandemTestData {
    /** Clara Coach (Demo), the demo user `coach`. */
    static final String DEMO_COACH_ID = "3c0a0c4e-2b02-4f6e-9c20-000000000001";
    static final String PLAN = """
            [{"title": "Leerstand erfassen", "description": "Häuser sammeln", "typicalDuration": "3 Monate", "topic": "BUILDING_LAW"},
             {"title": "Verein gründen", "description": "Satzung und Vorstand", "typicalDuration": "2 Monate", "topic": "ORGANISATION_DEVELOPMENT"},
             {"title": "Förderung beantragen", "typicalDuration": "4 Monate", "topic": "FINANCING"},
             {"title": "Offene Ateliers", "typicalDuration": "nach Absprache", "topic": "MARKETING"}]""";

    @Inject
    AgroalDataSource dataSource;

    private final List<UUID> created = new ArrayList<>();

    /** A new organisation with a full matching profile; programmeRole and the arrays may be null. */
    public UUID organisation(String name, String programmeRole, String submarkets, String settlementType, Double latitude,
            Double longitude, Integer teamSize, String requestedTopics) {
        UUID id = UUID.randomUUID();
        update("""
                insert into organisation (id, name, town, state, kind, programme_role, submarkets, settlement_type, latitude, longitude,
                                          team_size, requested_topics)
                values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION', ?, coalesce(?::text[], '{}'), ?, ?, ?, ?, coalesce(?::text[], '{}'))""",
                id, name + " " + id.toString().substring(0, 8), programmeRole, submarkets, settlementType, latitude, longitude, teamSize,
                requestedTopics);
        created.add(id);
        return id;
    }

    public UUID organisation(String name, String programmeRole) {
        return organisation(name, programmeRole, null, null, null, null, null, null);
    }

    /** A concept of the organisation in the given status with the four-step {@link #PLAN} and a financing section. */
    public UUID concept(UUID organisationId, String status) {
        UUID id = UUID.randomUUID();
        update("""
                insert into transfer_concept (id, organisation_id, title, status, financing, transfer_plan, created_by, updated_by)
                values (?, ?, ?, ?, 'Fördermittel und Beiträge', ?::jsonb, 'test', 'test')""",
                id, organisationId, "Testkonzept " + id.toString().substring(0, 8), status, PLAN);
        return id;
    }

    public void membership(String subject, UUID organisationId) {
        update("insert into organisation_membership (subject, organisation_id, created_by) values (?, ?, 'test')", subject, organisationId);
    }

    /** Assigns the demo coach Clara to the organisation. */
    public void assignDemoCoach(UUID organisationId) {
        update("""
                insert into coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by)
                values (?, ?::uuid, ?, 'ORGANISATION_DEVELOPMENT', 10, 'test', 'test')""",
                UUID.randomUUID(), DEMO_COACH_ID, organisationId);
    }

    public String programmeRole(UUID organisationId) {
        return single("select programme_role from organisation where id = ?", organisationId);
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters));
    }

    /** Removes the organisations this test created, with their concepts and tandems (cascade). */
    public void removeCreated() {
        for (UUID id : created) {
            update("delete from organisation where id = ?", id);
        }
        created.clear();
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
