package de.kreativland.transfer.audit;

import static de.kreativland.transfer.common.PersonColumns.named;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The audit log keeps every entry; the person as actor, as the entry's subject (an export of their data)
 * and inside the details (a membership's subject, a coach's name) becomes the pseudonym. Runs after the
 * features, whose erasure may have written entries.
 */
@ApplicationScoped
public class AuditPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(PersonalTable.kept("audit_log", List.of(named("actor", "actor_name"))));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }

    @Override
    public int erasureOrder() {
        return 100;
    }
}
