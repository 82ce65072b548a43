package de.kreativland.transfer.selection;

import static de.kreativland.transfer.common.PersonColumns.named;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Jurors' assessments and decisions stay (the ranking depends on them) under the pseudonym. */
@ApplicationScoped
public class SelectionPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("selection_criterion", stamped(), "name_de", "name_en"),
            PersonalTable.kept("selection_round", stamped(), "name"),
            PersonalTable.kept("selection_candidate", stamped(named("decided_by", "decided_by_name"))),
            PersonalTable.kept("assessment", List.of(named("juror_subject", "juror_name"))),
            PersonalTable.kept("selection_decision", List.of(named("decided_by", "decided_by_name"))));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
