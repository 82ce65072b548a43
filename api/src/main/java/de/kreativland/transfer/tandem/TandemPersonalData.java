package de.kreativland.transfer.tandem;

import static de.kreativland.transfer.common.PersonColumns.named;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Tandems, their history, milestones and activities stay; actors become the pseudonym, names in participant lists and notes too. */
@ApplicationScoped
public class TandemPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("tandem", stamped(named("best_practice_agreed_by", "best_practice_agreed_by_name"),
                    named("tandem_agreed_by", "tandem_agreed_by_name"))),
            PersonalTable.kept("tandem_transition", List.of(named("actor", "actor_name"))),
            PersonalTable.kept("tandem_milestone", stamped()),
            PersonalTable.kept("tandem_activity", List.of(named("created_by", "created_by_name")), "participants"));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
