package de.kreativland.transfer.coach;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The expertise topics of table expertise_topic: listed, and used to check topic keys. */
@ApplicationScoped
public class ExpertiseTopics {
    /** The list is short (admins keep it); the API never lists more. */
    public static final int MAX_TOPICS = 50;

    private static final String COLUMNS = "key, name_de, name_en, position, archived, version";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** One topic, 404 when there is none with the key. */
    public ExpertiseTopic get(String key) {
        List<ExpertiseTopic> found = byKeys(List.of(key));
        if (found.isEmpty()) {
            throw Problems.notFound("thing.expertise-topic", key);
        }
        return found.get(0);
    }

    /** Adds a topic; 409 when the key is taken or the list is full. */
    @Transactional
    public ExpertiseTopic create(ExpertiseTopicInput input) {
        if (!byKeys(List.of(input.key())).isEmpty()) {
            throw Problems.conflict("coach.topic-exists", input.key());
        }
        if (((Number) em.createNativeQuery("select count(*) from expertise_topic").getSingleResult()).intValue() >= MAX_TOPICS) {
            throw Problems.conflict("coach.topics-full", MAX_TOPICS);
        }
        em.createNativeQuery("insert into expertise_topic (key, name_de, name_en, position) values (?1, ?2, ?3, ?4)")
                .setParameter(1, input.key()).setParameter(2, input.nameDe().strip()).setParameter(3, input.nameEn().strip())
                .setParameter(4, input.position()).executeUpdate();
        ExpertiseTopic created = get(input.key());
        audit.record("expertise_topic", created.key(), "create", snapshot(created));
        return created;
    }

    /** Saves names, order and archive flag over the version read (If-Match); the audit log keeps before and after. */
    @Transactional
    public ExpertiseTopic update(String key, String ifMatch, ExpertiseTopicUpdateInput input) {
        ExpertiseTopic before = get(key);
        ETags.requireMatch(ifMatch, before.version());
        int changed = em.createNativeQuery("update expertise_topic set name_de = ?1, name_en = ?2, position = ?3, archived = ?4,"
                        + " version = version + 1 where key = ?5 and version = ?6")
                .setParameter(1, input.nameDe().strip()).setParameter(2, input.nameEn().strip()).setParameter(3, input.position())
                .setParameter(4, input.archived()).setParameter(5, key).setParameter(6, before.version()).executeUpdate();
        if (changed == 0) {
            throw Problems.preconditionFailed();
        }
        ExpertiseTopic after = get(key);
        String action = before.archived() == after.archived() ? "update" : after.archived() ? "archive" : "restore";
        audit.record("expertise_topic", key, action, Map.of("before", snapshot(before), "after", snapshot(after)));
        return after;
    }

    private static Map<String, Object> snapshot(ExpertiseTopic topic) {
        return Map.of("nameDe", topic.nameDe(), "nameEn", topic.nameEn(), "position", topic.position(), "archived", topic.archived());
    }

    /** Every topic, archived ones too (names of topics named somewhere). */
    public List<ExpertiseTopic> list() {
        return list(true);
    }

    /** The topics in display order; without archived ones unless asked for. */
    @SuppressWarnings("unchecked")
    public List<ExpertiseTopic> list(boolean includeArchived) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from expertise_topic"
                + (includeArchived ? "" : " where not archived") + " order by position, key limit " + MAX_TOPICS).getResultList();
        return rows.stream().map(ExpertiseTopics::topic).toList();
    }

    /** The topics with these keys (incremental sync and export). */
    @SuppressWarnings("unchecked")
    public List<ExpertiseTopic> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from expertise_topic where key in (:keys)")
                .setParameter("keys", keys).getResultList();
        return rows.stream().map(ExpertiseTopics::topic).toList();
    }

    /** 400 naming the field when a key is not a known topic. */
    @SuppressWarnings("unchecked")
    public void requireKnown(String field, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(em.createNativeQuery("select key from expertise_topic where key in (:keys)")
                .setParameter("keys", keys).getResultList());
        for (String key : keys) {
            if (!known.contains(key)) {
                throw Problems.invalidField(field, "coach.topic-unknown", key);
            }
        }
    }

    private static ExpertiseTopic topic(Object[] r) {
        return new ExpertiseTopic((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (Boolean) r[4],
                ((Number) r[5]).longValue());
    }
}
