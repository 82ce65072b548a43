package de.kreativland.transfer.selection;

import de.kreativland.transfer.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Organisations and memberships that the API cannot create yet, written straight to the test database. */
@ApplicationScoped
public class SelectionTestData extends TestDatabase {
    public UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        update("insert into organisation (id, name, town, state, kind) values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION')",
                id, unique(name, id));
        return created(id);
    }

    /** An organisation with a full profile, as a candidate's application reads it. */
    public UUID applicant(String name, String summary, String description) {
        UUID id = organisation(name);
        update("""
                update organisation set settlement_type = 'RURAL_MUNICIPALITY', submarkets = array['MUSIC','DESIGN'], founding_year = 2011,
                    team_size = 7, website = 'https://scheune.example', summary = ?, description = ?
                where id = ?""", summary, description, id);
        return id;
    }

    public long organisationVersion(UUID organisationId) {
        return Long.parseLong(single("select version::text from organisation where id = ?", organisationId));
    }

    /** The created organisations go with their candidacies, so that no test sees another's partners. */
    @Override
    protected void beforeRemoving(UUID organisationId) {
        update("delete from assessment where candidate_id in (select id from selection_candidate where organisation_id = ?)", organisationId);
        update("delete from selection_candidate where organisation_id = ?", organisationId);
    }
}
