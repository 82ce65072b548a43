package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Newsletter with double opt-in: a sign-up records the consent (text, version, time, a hash of the client address) and
 * mails a signed, expiring confirmation link; only a confirmed subscription counts and receives the newsletter. Every
 * mail carries an unsubscribe link; signing up again after unsubscribing starts a new opt-in.
 */
@ApplicationScoped
public class NewsletterService {
    static final String CONSENT_VERSION = "2026-12";
    private static final String CONSENT_DE = "Ich möchte den Newsletter von KreativLand Transfer per E-Mail erhalten. Meine Adresse wird nur dafür"
            + " gespeichert, nicht weitergegeben, und ich kann mich jederzeit über den Link in jeder E-Mail abmelden.";
    private static final String CONSENT_EN = "I want to receive the KreativLand Transfer newsletter by e-mail. My address is stored only for this,"
            + " never passed on, and I can unsubscribe at any time with the link in every mail.";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    NewsletterLinks links;

    public NewsletterConsent consent(String language) {
        return new NewsletterConsent(CONSENT_VERSION, "en".equals(language) ? "en" : "de", "en".equals(language) ? CONSENT_EN : CONSENT_DE);
    }

    /** Always answers PENDING, whether the address was new, waiting or already confirmed, so the form reveals no subscriber. */
    @Transactional
    public NewsletterStatus signUp(NewsletterSignUp input, String clientAddress) {
        if (!CONSENT_VERSION.equals(input.consentVersion())) {
            throw Problems.invalidField("consentVersion", "newsletter.consent-changed");
        }
        String email = input.email().strip();
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("select id, status from newsletter_subscription where lower(email) = :email for update")
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
        if (!existing.isEmpty() && "CONFIRMED".equals(existing.get(0)[1])) {
            return new NewsletterStatus("PENDING");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID id = existing.isEmpty() ? UUID.randomUUID() : (UUID) existing.get(0)[0];
        String text = consent(input.language()).text();
        em.createNativeQuery("""
                insert into newsletter_subscription (id, email, language, status, scope_id, consent_text, consent_version, consented_at, ip_hash)
                values (:id, :email, :language, 'PENDING',
                        (select s.id from metric_scope s where s.kind = 'PROGRAMME' order by s.created_at, s.id limit 1),
                        :text, :version, :at, :ip)
                on conflict (id) do update set email = excluded.email, language = excluded.language, status = 'PENDING',
                    consent_text = excluded.consent_text, consent_version = excluded.consent_version, consented_at = excluded.consented_at,
                    ip_hash = excluded.ip_hash, confirmed_at = null, unsubscribed_at = null, version = newsletter_subscription.version + 1,
                    updated_at = now()""")
                .setParameter("id", id).setParameter("email", email).setParameter("language", input.language())
                .setParameter("text", text).setParameter("version", CONSENT_VERSION).setParameter("at", now)
                .setParameter("ip", links.ipHash(clientAddress)).executeUpdate();
        String confirm = templates.web("/newsletter/confirm?token=" + links.confirmToken(id, now.toInstant().toEpochMilli()));
        String unsubscribe = templates.web("/newsletter/unsubscribe?token=" + links.unsubscribeToken(id));
        outbox.enqueue(MailKind.NEWSLETTER_CONFIRM, null, email, input.language(),
                templates.newsletterConfirm(input.language(), confirm, unsubscribe, links.confirmValidHours()), null);
        return new NewsletterStatus("PENDING");
    }

    @Transactional
    public NewsletterStatus confirm(String token) {
        NewsletterLinks.Claim claim = links.verify(token, NewsletterLinks.CONFIRM);
        Object[] row = lock(claim.subscription());
        OffsetDateTime consentedAt = SqlValues.timestamp(row[2]);
        if (consentedAt.toInstant().toEpochMilli() != claim.consentedAt() || "UNSUBSCRIBED".equals(row[1])) {
            throw Problems.invalidField("token", "newsletter.link-replaced");
        }
        if ("PENDING".equals(row[1])) {
            em.createNativeQuery("""
                    update newsletter_subscription set status = 'CONFIRMED', confirmed_at = now(), version = version + 1, updated_at = now()
                    where id = :id""").setParameter("id", claim.subscription()).executeUpdate();
            change(claim.subscription(), 1);
            String language = (String) row[3];
            outbox.enqueue(MailKind.NEWSLETTER_WELCOME, null, (String) row[4], language,
                    templates.newsletterWelcome(language, templates.web("/newsletter/unsubscribe?token=" + links.unsubscribeToken(claim.subscription()))),
                    null);
        }
        return new NewsletterStatus("CONFIRMED");
    }

    @Transactional
    public NewsletterStatus unsubscribe(String token) {
        NewsletterLinks.Claim claim = links.verify(token, NewsletterLinks.UNSUBSCRIBE);
        Object[] row = lock(claim.subscription());
        if (!"UNSUBSCRIBED".equals(row[1])) {
            em.createNativeQuery("""
                    update newsletter_subscription set status = 'UNSUBSCRIBED', unsubscribed_at = now(), version = version + 1, updated_at = now()
                    where id = :id""").setParameter("id", claim.subscription()).executeUpdate();
            if ("CONFIRMED".equals(row[1])) {
                change(claim.subscription(), -1);
            }
        }
        return new NewsletterStatus("UNSUBSCRIBED");
    }

    public NewsletterCounts counts() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'PENDING'),
                       count(*) filter (where status = 'UNSUBSCRIBED') from newsletter_subscription""").getSingleResult();
        return new NewsletterCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    @SuppressWarnings("unchecked")
    public Page<NewsletterSubscriber> subscribers(PageParams paging) {
        List<Object[]> rows = em.createNativeQuery("""
                select email, language, consent_version, consented_at, confirmed_at from newsletter_subscription
                where status = 'CONFIRMED' order by confirmed_at, id offset :offset limit :size""")
                .setParameter("offset", paging.offset()).setParameter("size", paging.size()).getResultList();
        long total = counts().confirmed();
        return new Page<>(rows.stream().map(r -> new NewsletterSubscriber((String) r[0], (String) r[1], (String) r[2],
                SqlValues.timestamp(r[3]), SqlValues.timestamp(r[4]))).toList(), paging.page(), paging.size(), total, paging.totalPages(total));
    }

    private Object[] lock(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, status, consented_at, language, email from newsletter_subscription where id = :id for update""")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw Problems.invalidField("token", "newsletter.subscription-gone");
        }
        return rows.get(0);
    }

    private void change(UUID subscription, int delta) {
        em.createNativeQuery("""
                insert into newsletter_subscription_change (subscription_id, scope_id, changed_on, delta)
                select id, scope_id, current_date, :delta from newsletter_subscription where id = :id""")
                .setParameter("id", subscription).setParameter("delta", delta).executeUpdate();
    }
}
