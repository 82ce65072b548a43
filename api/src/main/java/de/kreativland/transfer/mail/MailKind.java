package de.kreativland.transfer.mail;

/** What a mail is about; the notification kinds can be turned off per person (mail_recipient's column). */
public enum MailKind {
    CONCEPT_SUBMITTED("concept_submitted"), CONCEPT_REVIEWED("concept_reviewed"), MODULE_SUBMITTED("module_submitted"),
    MILESTONE_DUE("milestone_due"), NEWSLETTER_CONFIRM(null), NEWSLETTER_WELCOME(null),
    EVENT_REGISTRATION(null);

    /** The preference column, or null for mails the person asked for (newsletter). */
    final String preference;

    MailKind(String preference) {
        this.preference = preference;
    }
}
