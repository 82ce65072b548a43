package de.kreativland.transfer.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox: each run locks due rows with FOR UPDATE SKIP LOCKED (so several API instances never take
 * the same row), sends them over SMTP and marks them SENT in the same transaction; a failure sets the next attempt
 * with exponential backoff, and after {@code kl.mail.max-attempts} the row is FAILED.
 */
@ApplicationScoped
public class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "kl.mail.batch-size", defaultValue = "20")
    int batchSize;

    @ConfigProperty(name = "kl.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @ConfigProperty(name = "kl.mail.retry-base", defaultValue = "PT30S")
    Duration retryBase;

    @ConfigProperty(name = "kl.mail.retry-max", defaultValue = "PT1H")
    Duration retryMax;

    @Scheduled(every = "${kl.mail.poll-every:5s}", delayed = "${kl.mail.poll-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::deliverDue);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("Mail outbox not delivered this time: %s", e.getMessage());
        }
    }

    /** Sends one batch of due mails; answers how many rows it took. */
    @SuppressWarnings("unchecked")
    int deliverDue() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient_email, mail_subject, text_body, html_body, unsubscribe_url, attempts from mail_outbox
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, created_at limit :batch for update skip locked""")
                .setParameter("batch", batchSize).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[6]).intValue() + 1;
            try {
                Mail mail = Mail.withText((String) row[1], (String) row[2], (String) row[3]).setHtml((String) row[4]);
                if (row[5] != null) {
                    mail.addHeader("List-Unsubscribe", "<" + row[5] + ">");
                }
                mailer.send(mail);
                em.createNativeQuery("update mail_outbox set status = 'SENT', attempts = :attempts, sent_at = now(), last_error = null where id = :id")
                        .setParameter("attempts", attempts).setParameter("id", id).executeUpdate();
            } catch (RuntimeException e) {
                String error = String.valueOf(e.getMessage());
                boolean last = attempts >= maxAttempts;
                long delay = Math.min(retryMax.toMillis(), retryBase.toMillis() * (1L << Math.min(attempts - 1, 20)));
                em.createNativeQuery("""
                        update mail_outbox set attempts = :attempts, last_error = :error, status = :status,
                               next_attempt_at = now() + cast(:delay as bigint) * interval '1 millisecond' where id = :id""")
                        .setParameter("attempts", attempts).setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .setParameter("status", last ? "FAILED" : "PENDING").setParameter("delay", delay).setParameter("id", id)
                        .executeUpdate();
                LOG.warnf("Mail %s not sent (attempt %d%s): %s", id, attempts, last ? ", giving up" : "", error);
            }
        }
        return rows.size();
    }
}
