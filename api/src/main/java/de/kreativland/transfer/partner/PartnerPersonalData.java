package de.kreativland.transfer.partner;

import static de.kreativland.transfer.common.PersonColumns.actor;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonColumns;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Contact persons and memberships are about the person and deleted; organisations keep their rows, stamped by a pseudonym. */
@ApplicationScoped
public class PartnerPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("organisation", stamped(), "name"),
            PersonalTable.deleted("organisation_membership", List.of(PersonColumns.named("subject", "member_name"), actor("created_by"))),
            PersonalTable.kept("membership_invitation", stamped(actor("redeemed_by"))),
            PersonalTable.deleted("contact_person",
                    stamped(new PersonColumns(null, "name", "email", List.of("phone", "function")))));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
