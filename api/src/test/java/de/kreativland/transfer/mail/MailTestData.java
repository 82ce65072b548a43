package de.kreativland.transfer.mail;

import de.kreativland.transfer.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/** Two organisations in an active tandem with one milestone, written straight to the test database. */
@ApplicationScoped
public class MailTestData extends TestDatabase {
    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        update("insert into organisation (id, name, town, state, kind) values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION')", id, unique(name, id));
        return created(id);
    }

    /** An ACTIVE tandem of the two organisations on a new concept; answers the milestone's id. */
    public UUID activeTandemWithMilestone(UUID bestPractice, UUID partner, String title, LocalDate dueOn) {
        UUID concept = UUID.randomUUID();
        update("""
                insert into transfer_concept (id, organisation_id, title, status, created_by, updated_by)
                values (?, ?, ?, 'PUBLISHED', 'test', 'test')""", concept, bestPractice, "Konzept " + title);
        UUID tandem = UUID.randomUUID();
        update("""
                insert into tandem (id, best_practice_organisation_id, concept_id, tandem_organisation_id, status, started_on)
                values (?, ?, ?, ?, 'ACTIVE', current_date)""", tandem, bestPractice, concept, partner);
        UUID milestone = UUID.randomUUID();
        update("""
                insert into tandem_milestone (id, tandem_id, position, title, topic, due_on)
                values (?, ?, 1, ?, 'ORGANISATION_DEVELOPMENT', ?)""", milestone, tandem, title, dueOn);
        return milestone;
    }

    public void markDone(UUID milestone) {
        update("update tandem_milestone set status = 'DONE', done_on = current_date where id = ?", milestone);
    }
}
