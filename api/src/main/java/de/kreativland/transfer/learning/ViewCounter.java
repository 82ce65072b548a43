package de.kreativland.transfer.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Daily view counts per module for the outreach figures: one upsert per read, counting anonymous
 * and signed-in reads apart. Nothing about the reader is stored, not even in the audit log.
 */
@ApplicationScoped
class ViewCounter {
    /** The programme's days are German days. */
    static final String TODAY = "(now() at time zone 'Europe/Berlin')::date";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void count(UUID moduleId, boolean anonymous) {
        em.createNativeQuery("""
                insert into learning_module_view_daily (module_id, day, anonymous_views, signed_in_views)
                values (:module, %s, :anonymous, :signedIn)
                on conflict (module_id, day) do update set
                  anonymous_views = learning_module_view_daily.anonymous_views + excluded.anonymous_views,
                  signed_in_views = learning_module_view_daily.signed_in_views + excluded.signed_in_views""".formatted(TODAY))
                .setParameter("module", moduleId)
                .setParameter("anonymous", anonymous ? 1 : 0)
                .setParameter("signedIn", anonymous ? 0 : 1)
                .executeUpdate();
    }
}
