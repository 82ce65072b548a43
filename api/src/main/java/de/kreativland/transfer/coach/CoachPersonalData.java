package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonColumns;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A coach profile stays (assignments, sessions and module authorship point to it) under the pseudonym,
 * without contact data or biography; session notes lose the person's name.
 */
@ApplicationScoped
public class CoachPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("coach", stamped(new PersonColumns("subject", "name", "email", List.of("phone", "bio")))),
            PersonalTable.kept("coaching_assignment", stamped()),
            PersonalTable.kept("coaching_session", stamped()),
            PersonalTable.kept("expertise_topic", List.of(), "name_de", "name_en"));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
