package de.kreativland.transfer.events;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonColumns;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A registration is about its person (name, e-mail): exported and deleted on erasure. Publications keep their rows. */
@ApplicationScoped
public class EventPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("public_event", stamped()),
            PersonalTable.deleted("event_registration", List.of(new PersonColumns(null, "name", "email", List.of("consent_text")))));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
