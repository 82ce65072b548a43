package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonColumns;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A person's mail preferences, the mails queued or sent to them and their newsletter subscription (with its consent
 * record and the history that feeds the subscriber figure) are about them and go with an erasure.
 */
@ApplicationScoped
public class MailPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.deleted("mail_recipient", List.of(new PersonColumns("subject", "name", "email", List.of()))),
            PersonalTable.deleted("mail_outbox", List.of(new PersonColumns("recipient_subject", null, "recipient_email",
                    List.of("mail_subject", "text_body", "html_body", "unsubscribe_url")))),
            PersonalTable.deleted("newsletter_subscription", List.of(new PersonColumns(null, null, "email", List.of("ip_hash")))),
            PersonalTable.kept("newsletter_subscription_change", List.of()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
