package de.kreativland.transfer.learning;

import static de.kreativland.transfer.common.PersonColumns.actor;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** One's learning progress is deleted; modules, paths and attachments keep their rows, stamped by the pseudonym. */
@ApplicationScoped
public class LearningPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("learning_module", stamped()),
            PersonalTable.kept("learning_module_author", List.of()),
            PersonalTable.kept("learning_attachment", List.of(actor("created_by")), "file_name"),
            PersonalTable.kept("learning_path", stamped()),
            PersonalTable.kept("learning_path_module", List.of()),
            PersonalTable.deleted("learning_progress", List.of(actor("subject"))),
            PersonalTable.kept("learning_module_view_daily", List.of()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
