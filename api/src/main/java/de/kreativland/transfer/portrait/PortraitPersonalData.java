package de.kreativland.transfer.portrait;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Portraits are published stories people agreed to; who drafted or changed them becomes the pseudonym.
 * The portrayed people's names are free text of the story (title, teaser, interview), kept as published.
 */
@ApplicationScoped
public class PortraitPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("portrait", stamped()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
