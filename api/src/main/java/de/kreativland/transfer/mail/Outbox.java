package de.kreativland.transfer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Writes mails to the outbox in the caller's transaction; {@link OutboxWorker} sends them after commit. */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;

    /** Queues one mail; with a dedupe key, a second mail for the same occasion is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(MailKind kind, String recipientSubject, String email, String language, MailMessage message, String dedupeKey) {
        em.createNativeQuery("""
                insert into mail_outbox (id, kind, recipient_subject, recipient_email, language, mail_subject, text_body, html_body,
                                         unsubscribe_url, dedupe_key)
                values (:id, :kind, :subject, :email, :language, :mailSubject, :text, :html, :unsubscribe, :dedupe)
                on conflict (dedupe_key) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("kind", kind.name()).setParameter("subject", recipientSubject)
                .setParameter("email", email).setParameter("language", language)
                .setParameter("mailSubject", truncate(message.subject(), 500)).setParameter("text", message.text())
                .setParameter("html", message.html()).setParameter("unsubscribe", message.unsubscribeUrl())
                .setParameter("dedupe", dedupeKey)
                .executeUpdate();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
