package de.kreativland.transfer.mail;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who is told about which workflow step, and in which language. Addresses: coaches from their profile (coach.email),
 * everybody else from the address their token carried when they last signed in (mail_recipient, written by GET /me).
 * A person who turned the kind off, and the person who took the step, get no mail.
 */
@ApplicationScoped
public class MailNotifications implements Notifications {
    /** (subject, email, name, language, wants) of each recipient; wants is false when the kind is turned off. */
    private static final String RECIPIENT_COLUMNS = "coalesce(r.language, 'de'), coalesce(r.%s, true)";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    CurrentUser user;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void conceptSubmitted(UUID conceptId, UUID organisationId, String title, int versionNumber) {
        MailKind kind = MailKind.CONCEPT_SUBMITTED;
        List<Recipient> coaches = recipients(kind, """
                select distinct c.subject, c.email, c.name, %s from coach c
                join coaching_assignment a on a.coach_id = c.id
                left join mail_recipient r on r.subject = c.subject
                where a.organisation_id = :organisation and c.email is not null""", organisationId);
        List<Recipient> coordinators = recipients(kind, """
                select r.subject, r.email, r.name, %s from mail_recipient r
                where r.coordinator and r.email is not null""", null);
        send(kind, union(coaches, coordinators), r -> templates.conceptSubmitted(r.language, r.name, title, conceptId.toString(), versionNumber));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void conceptReviewed(UUID conceptId, UUID organisationId, String title, boolean approved, String note) {
        MailKind kind = MailKind.CONCEPT_REVIEWED;
        send(kind, recipients(kind, """
                select r.subject, r.email, r.name, %s from organisation_membership m
                join mail_recipient r on r.subject = m.subject
                where m.organisation_id = :organisation and r.email is not null""", organisationId),
                r -> templates.conceptReviewed(r.language, r.name, title, conceptId.toString(), approved, note));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void moduleSubmitted(UUID moduleId, String title) {
        MailKind kind = MailKind.MODULE_SUBMITTED;
        send(kind, recipients(kind, """
                select r.subject, r.email, r.name, %s from mail_recipient r
                where r.coordinator and r.email is not null""", null),
                r -> templates.moduleSubmitted(r.language, r.name, title, moduleId.toString()));
    }

    @Override
    public void eventRegistration(String email, String name, UUID eventId, String eventTitle, java.time.LocalDate day,
            RegistrationNotice notice, String cancelToken, String language) {
        outbox.enqueue(MailKind.EVENT_REGISTRATION, null, email, language,
                templates.eventRegistration(language, name, eventId.toString(), eventTitle, day, notice, cancelToken), null);
    }

    @Override
    @Transactional
    public void signedIn(String subject, String email, String name, boolean coordinator) {
        em.createNativeQuery("""
                insert into mail_recipient (subject, email, name, coordinator) values (:subject, :email, :name, :coordinator)
                on conflict (subject) do update set email = excluded.email, name = excluded.name, coordinator = excluded.coordinator,
                    updated_at = now()
                where mail_recipient.email is distinct from excluded.email or mail_recipient.name is distinct from excluded.name
                   or mail_recipient.coordinator <> excluded.coordinator""")
                .setParameter("subject", subject).setParameter("email", email).setParameter("name", name)
                .setParameter("coordinator", coordinator).executeUpdate();
    }

    /** Sends each wanting recipient its mail, except the person who took the step. */
    void send(MailKind kind, List<Recipient> recipients, Function<Recipient, MailMessage> render) {
        String actor = user.isAnonymous() ? null : user.subject();
        for (Recipient r : recipients) {
            if (r.wants && (r.subject == null || !r.subject.equals(actor))) {
                outbox.enqueue(kind, r.subject, r.email, r.language, render.apply(r), null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<Recipient> recipients(MailKind kind, String sql, UUID organisationId) {
        var query = em.createNativeQuery(sql.formatted(RECIPIENT_COLUMNS.formatted(kind.preference)));
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new Recipient((String) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4]))
                .toList();
    }

    /** One mail per address, the first occurrence winning. */
    static List<Recipient> union(List<Recipient> first, List<Recipient> second) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (Recipient r : first) {
            byEmail.putIfAbsent(r.email.toLowerCase(Locale.ROOT), r);
        }
        for (Recipient r : second) {
            byEmail.putIfAbsent(r.email.toLowerCase(Locale.ROOT), r);
        }
        return List.copyOf(byEmail.values());
    }

    record Recipient(String subject, String email, String name, String language, boolean wants) {
    }
}
