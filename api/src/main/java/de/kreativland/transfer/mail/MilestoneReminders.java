package de.kreativland.transfer.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * Once a day, tells the members of both organisations of an agreed or active tandem about each open milestone due
 * within the next 7 days; the outbox's dedupe key (milestone, due date, address) sends each reminder once.
 */
@ApplicationScoped
public class MilestoneReminders {
    static final int DAYS_AHEAD = 7;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Scheduled(cron = "${kl.mail.milestone-cron:0 0 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        remind(LocalDate.now());
    }

    /** Queues the reminders due on {@code today}; answers how many were new. */
    @SuppressWarnings("unchecked")
    public int remind(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    select ms.id, ms.title, ms.due_on, t.id, r.subject, r.email, r.name, r.language
                    from tandem_milestone ms
                    join tandem t on t.id = ms.tandem_id and t.status in ('AGREED', 'ACTIVE')
                    join organisation_membership m on m.organisation_id in (t.best_practice_organisation_id, t.tandem_organisation_id)
                    join mail_recipient r on r.subject = m.subject
                    where ms.status <> 'DONE' and ms.due_on between :today and :until
                      and r.email is not null and r.milestone_due""")
                    .setParameter("today", today).setParameter("until", today.plusDays(DAYS_AHEAD)).getResultList();
            int queued = 0;
            for (Object[] row : rows) {
                String dueOn = row[2].toString();
                String key = "milestone:" + row[0] + ":" + dueOn + ":" + ((String) row[5]).toLowerCase(java.util.Locale.ROOT);
                long before = count(key);
                outbox.enqueue(MailKind.MILESTONE_DUE, (String) row[4], (String) row[5], (String) row[7],
                        templates.milestoneDue((String) row[7], (String) row[6], (String) row[1], row[3].toString(), dueOn), key);
                queued += count(key) - before;
            }
            return queued;
        });
    }

    private long count(String key) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where dedupe_key = :key").setParameter("key", key)
                .getSingleResult()).longValue();
    }
}
