package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The expertise topics of table expertise_topic: listed, and used to check topic keys. */
@ApplicationScoped
public class ExpertiseTopics {
    /** The list is short and fixed (migrations only); the API never lists more. */
    public static final int MAX_TOPICS = 50;

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<ExpertiseTopic> list() {
        List<Object[]> rows = em.createNativeQuery("select key, name_de, name_en, position from expertise_topic order by position, key limit " + MAX_TOPICS)
                .getResultList();
        return rows.stream().map(ExpertiseTopics::topic).toList();
    }

    /** The topics with these keys (incremental sync and export). */
    @SuppressWarnings("unchecked")
    public List<ExpertiseTopic> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select key, name_de, name_en, position from expertise_topic where key in (:keys)")
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
        return new ExpertiseTopic((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue());
    }
}
