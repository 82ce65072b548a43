package de.kreativland.transfer.concept;

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

/** Organisations, memberships and coach assignments the concept tests need, written straight to the test database. */
@ApplicationScoped
public class ConceptTestData {
    /** Clara Coach (Demo), the demo user `coach`. */
    static final String DEMO_COACH_ID = "3c0a0c4e-2b02-4f6e-9c20-000000000001";

    @Inject
    AgroalDataSource dataSource;

    private final List<UUID> created = new ArrayList<>();

    /** A new organisation with the given programme role (null for none). */
    public UUID organisation(String name, String programmeRole) {
        UUID id = UUID.randomUUID();
        update("insert into organisation (id, name, town, state, kind, programme_role) values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION', ?)",
                id, name + " " + id.toString().substring(0, 8), programmeRole);
        created.add(id);
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

    public long auditEntries(String entityType, Object entityId, String action) {
        return Long.parseLong(single("select count(*)::text from audit_log where entity_type = ? and entity_id = ? and action = ?",
                entityType, entityId.toString(), action));
    }

    /** Tries to change a frozen version behind the API's back; returns the database's error message. */
    public String tryToChangeVersion(String conceptId, int number) {
        try {
            update("update transfer_concept_version set content = '{}'::jsonb where concept_id = ?::uuid and number = ?", conceptId, number);
            return null;
        } catch (IllegalStateException e) {
            return e.getCause().getMessage();
        }
    }

    /** Removes the organisations this test created, with their concepts, versions and comments (cascade). */
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
