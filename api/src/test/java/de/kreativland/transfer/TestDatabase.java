package de.kreativland.transfer;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Base of the features' test data (ConceptTestData, SelectionTestData, TandemTestData): rows the tests
 * need, written straight to the test database, and the organisations they created removed again.
 */
public abstract class TestDatabase {
    /** Clara Coach (Demo), the demo user `coach`. */
    public static final String DEMO_COACH_ID = "3c0a0c4e-2b02-4f6e-9c20-000000000001";

    @Inject
    protected AgroalDataSource dataSource;

    private final List<UUID> created = new ArrayList<>();

    /** Remembers an organisation this test created, for {@link #removeCreated()}. */
    protected UUID created(UUID organisationId) {
        created.add(organisationId);
        return organisationId;
    }

    /** A name unique to this organisation: the name and the start of its id. */
    protected static String unique(String name, UUID id) {
        return name + " " + id.toString().substring(0, 8);
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

    public long auditEntries(String entityType, Object entityId, String action) {
        return count("select count(*)::text from audit_log where entity_type = ? and entity_id = ? and action = ?",
                entityType, entityId.toString(), action);
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters));
    }

    /** Removes the organisations this test created, with what cascades from them. */
    public void removeCreated() {
        for (UUID id : created) {
            beforeRemoving(id);
            update("delete from organisation where id = ?", id);
        }
        created.clear();
    }

    /** Deletes the rows of a created organisation that do not cascade from it. */
    protected void beforeRemoving(UUID organisationId) {
    }

    protected void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String single(String sql, Object... parameters) {
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
