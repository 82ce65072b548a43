package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The change feed keys memberships by subject: the tombstone of an erased person's membership is keyed
 * by the pseudonym instead. Runs last, after every feature's erasure has moved its rows in the feed.
 */
@ApplicationScoped
public class SyncPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(PersonalTable.kept("sync_change", List.of()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }

    @Override
    public int erasureOrder() {
        return 200;
    }
}
