package de.kreativland.transfer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.account.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Records who changed what and when, in the transaction of the change. */
@ApplicationScoped
public class AuditLog {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    /**
     * Records an update with the fields that changed, each as before → after: compares the two snapshots
     * (field name → value) and keeps only the differing fields, under {@code changes}; {@code extra} adds
     * context (a reason). Entries written as {@code before}/{@code after} snapshots are read the same way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChanges(String entityType, Object entityId, String action, Map<String, ?> before, Map<String, ?> after,
            Map<String, ?> extra) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        if (extra != null) {
            details.putAll(extra);
        }
        details.put("changes", AuditChanges.diff(before, after));
        record(entityType, entityId, action, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable", e);
        }
        em.createNativeQuery("""
                insert into audit_log (actor, actor_name, entity_type, entity_id, action, details)
                values (:actor, :actorName, :type, :id, :action, cast(:details as jsonb))""")
                .setParameter("actor", user.actor())
                .setParameter("actorName", user.isAnonymous() ? null : user.displayName())
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .setParameter("action", action)
                .setParameter("details", detailsJson)
                .executeUpdate();
    }
}
