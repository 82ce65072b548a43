package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.PageParams;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A filtered, paged JPQL list: conditions and parameters collected, then one page and its count. */
final class Lists<E> {
    private final String entity;
    private final Class<E> type;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Lists(String entity, Class<E> type) {
        this.entity = entity;
        this.type = type;
    }

    static <E> Lists<E> of(Class<E> type) {
        return new Lists<>(type.getSimpleName(), type);
    }

    Lists<E> where(String condition) {
        conditions.add(condition);
        return this;
    }

    Lists<E> where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Only rows whose scope (e.scopeId) lies in the given states; no condition when the list is empty. */
    Lists<E> scopeInStates(List<GermanState> states) {
        if (!states.isEmpty()) {
            conditions.add("exists (select 1 from MetricScope s where s.id = e.scopeId and s.state in :limitStates)");
            parameters.put("limitStates", states);
        }
        return this;
    }

    record Slice<E>(List<E> items, long total) {
    }

    Slice<E> page(EntityManager em, String orderBy, PageParams paging) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<E> query = em.createQuery("select e from " + entity + " e" + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<E> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Slice<>(items, count.getSingleResult());
    }
}
