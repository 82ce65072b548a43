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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable", e);
        }
        em.createNativeQuery("""
                insert into audit_log (actor, entity_type, entity_id, action, details)
                values (:actor, :type, :id, :action, cast(:details as jsonb))""")
                .setParameter("actor", user.actor())
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .setParameter("action", action)
                .setParameter("details", detailsJson)
                .executeUpdate();
    }
}
