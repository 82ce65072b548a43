package de.kreativland.transfer.concept;

import de.kreativland.transfer.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Organisations, memberships and coach assignments the concept tests need, written straight to the test database;
 * {@link #removeCreated()} removes the organisations with their concepts, versions and comments (cascade).
 */
@ApplicationScoped
public class ConceptTestData extends TestDatabase {
    /** A new organisation with the given programme role (null for none). */
    public UUID organisation(String name, String programmeRole) {
        UUID id = UUID.randomUUID();
        update("insert into organisation (id, name, town, state, kind, programme_role) values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION', ?)",
                id, unique(name, id), programmeRole);
        return created(id);
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
}
