package de.kreativland.transfer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.account.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        details.put("changes", AuditChanges.shortened(AuditChanges.diff(before, after)));
        record(entityType, entityId, action, details);
    }

    /**
     * Records an update as the fields of its read model that changed, before → after; bookkeeping fields
     * (version, created/updated at and by, rendered HTML, the caller's rights) are left out, long texts are kept shortened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUpdate(String entityType, Object entityId, String action, Object before, Object after) {
        recordChanges(entityType, entityId, action, fields(before), fields(after), null);
    }

    /** A read model's fields as the audit log compares them. */
    public Map<String, Object> fields(Object readModel) {
        Map<String, Object> fields = json.convertValue(readModel, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        fields.keySet().removeAll(BOOKKEEPING);
        return fields;
    }

    /** Bookkeeping, rendered copies of a text and what the caller may do: not changes of the item. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "bodyHtml", "introductionHtml", "interviewHtml", "allowedTransitions", "editable", "completedAt");

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
