package de.kreativland.transfer.privacy;

import de.kreativland.transfer.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One person named in every kind of row that can hold personal data, written straight to the test
 * database, and a scan of every text column of every table that tells where they still appear.
 */
@ApplicationScoped
public class PersonalDataTestData extends TestDatabase {
    /** A person with a Keycloak subject, a first and last name and an e-mail address, unique to this test. */
    public record Person(String subject, String name, String email) {
        static Person random() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person(UUID.randomUUID().toString(), "Greta Datenschutz-" + tag, "greta." + tag + "@example.org");
        }
    }

    private final List<UUID> rounds = new ArrayList<>();
    private final List<UUID> coaches = new ArrayList<>();

    /** Seeds the person in every kind of personal data; answers the tables seeded. */
    public List<String> seed(Person p, String adminSubject) {
        UUID org = created(UUID.randomUUID());
        update("""
                insert into organisation (id, name, town, state, description, created_by, updated_by)
                values (?, ?, 'Kalbe', 'ST', ?, ?, ?)""", org, unique("Datenschutz e. V.", org),
                "Gegründet von " + p.name() + ", erreichbar unter " + p.email(), p.subject(), p.subject());
        UUID partnerOrg = created(UUID.randomUUID());
        update("insert into organisation (id, name, town, state) values (?, ?, 'Wunsiedel', 'BY')", partnerOrg,
                unique("Tandempartner", partnerOrg));
        update("insert into organisation_membership (subject, organisation_id, created_by) values (?, ?, ?)", p.subject(), org,
                adminSubject);
        update("""
                insert into contact_person (id, organisation_id, name, function, email, phone, created_by, updated_by)
                values (?, ?, ?, 'Vorstand', ?, '+49 30 1234', ?, ?)""", UUID.randomUUID(), org, p.name(), p.email(),
                adminSubject, adminSubject);

        UUID coach = UUID.randomUUID();
        coaches.add(coach);
        update("""
                insert into coach (id, subject, name, bio, email, phone, created_by, updated_by)
                values (?, ?, ?, 'Lebt in Kalbe.', ?, '+49 170 1', ?, ?)""", coach, p.subject(), p.name(),
                p.email().toUpperCase(), adminSubject, adminSubject);
        UUID assignment = UUID.randomUUID();
        update("""
                insert into coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by)
                values (?, ?, ?, 'FINANCING', 5, ?, ?)""", assignment, coach, org, adminSubject, adminSubject);
        update("""
                insert into coaching_session (id, assignment_id, held_on, duration_minutes, topic, format, notes, next_steps, created_by, updated_by)
                values (?, ?, current_date, 60, 'FINANCING', 'VIDEO', ?, 'Antrag stellen', ?, ?)""", UUID.randomUUID(),
                assignment, "Gespräch mit " + p.name().toLowerCase() + " über Fördermittel", p.subject(), p.subject());

        UUID concept = UUID.randomUUID();
        update("""
                insert into transfer_concept (id, organisation_id, title, status, resources_and_contacts, current_version_number, created_by, updated_by)
                values (?, ?, 'Datenschutzkonzept', 'APPROVED', ?, 1, ?, ?)""", concept, org,
                "Ansprechpartnerin: " + p.name(), p.subject(), p.subject());
        update("""
                insert into transfer_concept_version (id, concept_id, number, content, submitted_by, submitted_by_name)
                values (?, ?, 1, cast(? as jsonb), ?, ?)""", UUID.randomUUID(), concept,
                "{\"title\": \"Datenschutzkonzept\", \"sections\": {\"resourcesAndContacts\": \"Ansprechpartnerin: " + p.name()
                        + " <" + p.email() + ">\"}}", p.subject(), p.name());
        UUID comment = UUID.randomUUID();
        update("""
                insert into concept_comment (id, concept_id, version_number, section, body, author_subject, author_name, updated_by)
                values (?, ?, 1, 'FINANCING', 'Bitte ergänzen.', ?, ?, ?)""", comment, concept, p.subject(), p.name(), p.subject());
        update("""
                insert into concept_comment (id, concept_id, version_number, section, parent_id, body, author_subject, author_name,
                    resolved, resolved_at, resolved_by, updated_by)
                values (?, ?, 1, 'FINANCING', ?, ?, ?, 'Konrad Koordinator (Demo)', true, now(), ?, ?)""", UUID.randomUUID(), concept,
                comment, "Danke, " + p.name() + "!", adminSubject, p.subject(), p.subject());
        update("""
                insert into concept_transition (concept_id, from_status, to_status, version_number, note, actor, actor_name)
                values (?, 'DRAFT', 'IN_REVIEW', 1, 'Eingereicht', ?, ?)""", concept, p.subject(), p.name());

        UUID tandem = UUID.randomUUID();
        update("""
                insert into tandem (id, best_practice_organisation_id, concept_id, tandem_organisation_id, status, created_by, updated_by)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?)""", tandem, org, concept, partnerOrg, p.subject(), p.subject());
        update("insert into tandem_transition (tandem_id, from_status, to_status, actor, actor_name) values (?, 'AGREED', 'ACTIVE', ?, ?)",
                tandem, p.subject(), p.name());
        update("""
                insert into tandem_activity (id, tandem_id, type, held_on, participants, notes, created_by, created_by_name)
                values (?, ?, 'VISIT', current_date, ?, 'Rundgang', ?, ?)""", UUID.randomUUID(), tandem,
                p.name() + ", Max Mustermann", p.subject(), p.name());

        UUID module = UUID.fromString(single("select id::text from learning_module where status = 'PUBLISHED' order by slug limit 1"));
        update("insert into learning_progress (subject, module_id) values (?, ?)", p.subject(), module);

        UUID round = UUID.randomUUID();
        rounds.add(round);
        update("insert into selection_round (id, name, created_by, updated_by) values (?, 'Runde Datenschutz', ?, ?)", round,
                p.subject(), adminSubject);
        UUID candidate = UUID.randomUUID();
        update("""
                insert into selection_candidate (id, round_id, organisation_id, decision, rationale, decided_at, decided_by, decided_by_name,
                    decided_weighted_score, created_by, updated_by)
                values (?, ?, ?, 'SELECTED', 'Überzeugend', now(), ?, ?, 4.5, ?, ?)""", candidate, round, org, p.subject(), p.name(),
                adminSubject, p.subject());
        UUID criterion = UUID.fromString(single("select id::text from selection_criterion order by key limit 1"));
        update("""
                insert into assessment (id, candidate_id, criterion_id, juror_subject, juror_name, score, evidence)
                values (?, ?, ?, ?, ?, 4, 'Gut belegt')""", UUID.randomUUID(), candidate, criterion, p.subject(), p.name());

        update("""
                insert into audit_log (actor, entity_type, entity_id, action, details)
                values (?, 'coach', ?, 'update', cast(? as jsonb))""", p.subject(), coach.toString(),
                "{\"name\": \"" + p.name() + "\", \"email\": \"" + p.email() + "\"}");
        return List.of("organisation", "organisation_membership", "contact_person", "coach", "coaching_session",
                "transfer_concept", "transfer_concept_version", "concept_comment", "concept_transition", "tandem",
                "tandem_transition", "tandem_activity", "learning_progress", "selection_round", "selection_candidate", "assessment",
                "audit_log", "sync_change");
    }

    /**
     * Per table, the rows in which any text, varchar or jsonb column contains the subject, the name or the
     * e-mail address (case-insensitive), found independently of the API's declarations.
     */
    public Map<String, Integer> mentions(Person p) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'jsonb') and c.table_name <> 'flyway_schema_history'
                        order by c.table_name, c.ordinal_position""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String where = String.join(" or ", table.getValue().stream()
                        .map(c -> "strpos(lower(cast(\"" + c + "\" as text)), lower(?)) > 0 or strpos(lower(cast(\"" + c
                                + "\" as text)), lower(?)) > 0 or strpos(lower(cast(\"" + c + "\" as text)), lower(?)) > 0")
                        .toList());
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from \"" + table.getKey() + "\" where " + where)) {
                    int i = 1;
                    for (int c = 0; c < table.getValue().size(); c++) {
                        count.setString(i++, p.subject());
                        count.setString(i++, p.name());
                        count.setString(i++, p.email());
                    }
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        if (result.getInt(1) > 0) {
                            found.put(table.getKey(), result.getInt(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    public String value(String sql, Object... parameters) {
        return single(sql, parameters);
    }

    public long rows(String sql, Object... parameters) {
        return count(sql, parameters);
    }

    /** Removes what {@link #seed} created: selection rounds and coaches first, then the organisations (cascade). */
    public void removeSeeded() {
        for (UUID round : rounds) {
            update("delete from assessment where candidate_id in (select id from selection_candidate where round_id = ?)", round);
            update("delete from selection_candidate where round_id = ?", round);
            update("delete from selection_round where id = ?", round);
        }
        rounds.clear();
        removeCreated();
        for (UUID coach : coaches) {
            update("delete from coach where id = ?", coach);
        }
        coaches.clear();
    }
}
