package de.kreativland.transfer.mail;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/** The signed-in person's own row of mail_recipient: read (created from the token if new) and changed with If-Match. */
@ApplicationScoped
public class MailPreferenceService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MailNotifications notifications;

    @Inject
    AuditLog audit;

    @Transactional
    public Versioned<MailPreferences> mine() {
        notifications.signedIn(user.subject(), user.email().orElse(null), user.displayName(), user.hasRole(Roles.COORDINATOR));
        Object[] row = (Object[]) em.createNativeQuery("""
                select email, language, concept_submitted, concept_reviewed, module_submitted, milestone_due, version
                from mail_recipient where subject = :subject""").setParameter("subject", user.subject()).getSingleResult();
        return new Versioned<>(new MailPreferences((String) row[0], (String) row[1], (Boolean) row[2], (Boolean) row[3], (Boolean) row[4],
                (Boolean) row[5]), ((Number) row[6]).longValue());
    }

    @Transactional
    public Versioned<MailPreferences> update(String ifMatch, MailPreferencesInput input) {
        ETags.requireMatch(ifMatch, mine().version());
        em.createNativeQuery("""
                update mail_recipient set language = :language, concept_submitted = :cs, concept_reviewed = :cr, module_submitted = :ms,
                    milestone_due = :md, version = version + 1, updated_at = now() where subject = :subject""")
                .setParameter("language", input.language()).setParameter("cs", input.conceptSubmitted())
                .setParameter("cr", input.conceptReviewed()).setParameter("ms", input.moduleSubmitted())
                .setParameter("md", input.milestoneDue()).setParameter("subject", user.subject()).executeUpdate();
        Versioned<MailPreferences> now = mine();
        audit.record("mail_recipient", user.subject(), "update", Map.of("language", input.language(),
                "conceptSubmitted", input.conceptSubmitted(), "conceptReviewed", input.conceptReviewed(),
                "moduleSubmitted", input.moduleSubmitted(), "milestoneDue", input.milestoneDue()));
        return now;
    }
}
