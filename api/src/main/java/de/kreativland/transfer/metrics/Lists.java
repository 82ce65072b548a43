package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.sync.Keys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered JPQL list: conditions and parameters collected once, then read as a page with its count,
 * or (restricted to some keys) as every matching row for incremental sync and bulk export.
 */
final class Lists<E> {
    private final String entity;
    private final Class<E> type;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean matchesNothing;
    private boolean byKeys;

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

    /** Only rows whose UUID id is one of these keys; keys that are no UUID match nothing. */
    Lists<E> onlyIds(Collection<String> keys) {
        return onlyKeys("e.id", Keys.uuids(keys));
    }

    /** Only rows whose key property (e.g. {@code e.key}) is one of these values. */
    Lists<E> onlyKeys(String property, Collection<?> keys) {
        byKeys = true;
        if (keys.isEmpty()) {
            matchesNothing = true;
        } else {
            conditions.add(property + " in :onlyKeys");
            parameters.put("onlyKeys", keys);
        }
        return this;
    }

    record Slice<E>(List<E> items, long total, String nextAfter) {
        Slice(List<E> items, long total) {
            this(items, total, null);
        }
    }

    /**
     * A page in the order of these keys (the last one unique), by number or after the keyset cursor of the paging; one
     * row more is read to know whether another page follows, whose cursor is the last item's keys ({@code keysOf}).
     */
    Slice<E> page(EntityManager em, String order, List<Keyset.Key> keys, java.util.function.Function<E, List<Object>> keysOf,
            PageParams paging) {
        if (matchesNothing) {
            return new Slice<>(List.of(), 0);
        }
        String seek = "";
        Map<String, Object> seekParameters = new LinkedHashMap<>();
        int offset = 0;
        if (paging.after() != null) {
            SqlFilter.Condition condition = SqlFilter.seek(keys, Keyset.typedValues(paging.after(), order, keys),
                    (index, key) -> ":after" + index, false);
            seek = (conditions.isEmpty() ? " where " : " and ") + condition.sql();
            for (int i = 0; i < condition.values().size(); i++) {
                seekParameters.put("after" + i, condition.values().get(i));
            }
        } else {
            offset = paging.offset();
        }
        TypedQuery<E> query = query(em, "select e from " + entity + " e" + where() + seek + " order by " + Keyset.orderBy(keys), type);
        seekParameters.forEach(query::setParameter);
        TypedQuery<Long> count = query(em, "select count(e) from " + entity + " e" + where(), Long.class);
        List<E> items = new ArrayList<>(query.setFirstResult(offset).setMaxResults(paging.size() + 1).getResultList());
        String nextAfter = null;
        if (items.size() > paging.size()) {
            items.remove(items.size() - 1);
            nextAfter = Keyset.encode(order, keysOf.apply(items.get(items.size() - 1)));
        }
        return new Slice<>(items, count.getSingleResult(), nextAfter);
    }

    Slice<E> page(EntityManager em, String orderBy, PageParams paging) {
        if (matchesNothing) {
            return new Slice<>(List.of(), 0);
        }
        TypedQuery<E> query = query(em, "select e from " + entity + " e" + where() + " order by " + orderBy, type);
        TypedQuery<Long> count = query(em, "select count(e) from " + entity + " e" + where(), Long.class);
        List<E> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Slice<>(items, count.getSingleResult());
    }

    /** Every matching row in no particular order; only for lists bounded by {@link #onlyIds} or {@link #onlyKeys}. */
    List<E> all(EntityManager em) {
        if (!byKeys) {
            throw new IllegalStateException("an unpaged read of " + entity + " needs onlyIds or onlyKeys");
        }
        if (matchesNothing) {
            return List.of();
        }
        return query(em, "select e from " + entity + " e" + where(), type).getResultList();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private <R> TypedQuery<R> query(EntityManager em, String jpql, Class<R> resultType) {
        TypedQuery<R> query = em.createQuery(jpql, resultType);
        parameters.forEach(query::setParameter);
        return query;
    }
}
