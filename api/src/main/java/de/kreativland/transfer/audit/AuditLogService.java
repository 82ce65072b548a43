package de.kreativland.transfer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log for the admins' screen: filtered, newest first, each entry with the fields it changed. */
@ApplicationScoped
public class AuditLogService {
    /** Days are German days: "to 2026-12-07" ends at midnight in Berlin. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The filters of the list; null ones do not filter. */
    public record Filter(String person, String entityType, String entityId, String action, LocalDate from, LocalDate to) {
    }

    public Page<AuditEntry> list(Filter filter, PageParams paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.person() != null && !filter.person().isBlank()) {
            // The subject exactly, or a part of the name (case-insensitive).
            where.append(" and (actor = :person or lower(actor_name) like :personLike escape '\\')");
            params.put("person", filter.person().strip());
            params.put("personLike", "%" + like(filter.person().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and entity_type = :type");
            params.put("type", filter.entityType().strip());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and entity_id = :entityId");
            params.put("entityId", filter.entityId().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw Problems.invalidQuery("to", "audit.to-before-from");
        }
        Query count = em.createNativeQuery("select count(*) from audit_log" + where);
        Query rows = em.createNativeQuery("select id, at, actor, actor_name, entity_type, entity_id, action, cast(details as text) from audit_log"
                + where + " order by at desc, id desc");
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        List<AuditEntry> items = new ArrayList<>();
        for (Object[] row : found) {
            items.add(entry(row));
        }
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }


    private AuditEntry entry(Object[] row) {
        JsonNode details;
        try {
            details = row[7] == null ? null
                    : json.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree((String) row[7]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are not JSON", e);
        }
        OffsetDateTime at = SqlValues.timestamp(row[1]);
        return new AuditEntry(((Number) row[0]).longValue(), at, (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], AuditChanges.changes(details), AuditChanges.context(details));
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
