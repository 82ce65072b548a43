package de.kreativland.transfer.selection;

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

/** Organisations and memberships that the API cannot create yet, written straight to the test database. */
@ApplicationScoped
public class SelectionTestData {
    @Inject
    AgroalDataSource dataSource;

    private final List<UUID> created = new ArrayList<>();

    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        update("insert into organisation (id, name, town, state, kind) values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION')",
                id, name + " " + id.toString().substring(0, 8));
        created.add(id);
        return id;
    }

    public void membership(String subject, UUID organisationId) {
        update("insert into organisation_membership (subject, organisation_id, created_by) values (?, ?, 'test')", subject, organisationId);
    }

    public String programmeRole(UUID organisationId) {
        return single("select programme_role from organisation where id = ?", organisationId);
    }

    public long organisationVersion(UUID organisationId) {
        return Long.parseLong(single("select version::text from organisation where id = ?", organisationId));
    }

    public long auditEntries(String entityType, Object entityId, String action) {
        return Long.parseLong(single("select count(*)::text from audit_log where entity_type = ? and entity_id = ? and action = ?",
                entityType, entityId.toString(), action));
    }

    /** Removes the organisations this test created, with their candidacies, so that no test sees another's partners. */
    public void removeCreated() {
        for (UUID id : created) {
            update("delete from assessment where candidate_id in (select id from selection_candidate where organisation_id = ?)", id);
            update("delete from selection_candidate where organisation_id = ?", id);
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
