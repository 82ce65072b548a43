package de.kreativland.transfer.selection;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.sync.Keys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CriterionService {
    private static final String WHERE = " where (:active is null or c.active = :active)";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public Page<Criterion> list(Boolean active, PageParams paging) {
        List<Criterion> items = em.createQuery("from SelectionCriterion c" + WHERE + " order by c.position, c.key", SelectionCriterion.class)
                .setParameter("active", active)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultStream().map(Criterion::of).toList();
        long total = em.createQuery("select count(c) from SelectionCriterion c" + WHERE, Long.class)
                .setParameter("active", active).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The criteria with these ids that match the list's filter (incremental sync and export); malformed ids match nothing. */
    public List<Criterion> byIds(Boolean active, Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from SelectionCriterion c" + WHERE + " and c.id in :ids", SelectionCriterion.class)
                .setParameter("active", active)
                .setParameter("ids", uuids)
                .getResultStream().map(Criterion::of).toList();
    }

    public Criterion get(UUID id) {
        return Criterion.of(find(id));
    }

    @Transactional
    public Criterion create(CriterionInput input) {
        boolean taken = !em.createQuery("select c.id from SelectionCriterion c where c.key = :key", UUID.class)
                .setParameter("key", input.key()).getResultList().isEmpty();
        if (taken) {
            throw Problems.conflict("selection.criterion-exists", input.key());
        }
        SelectionCriterion c = new SelectionCriterion();
        c.id = UUID.randomUUID();
        c.key = input.key();
        apply(c, input.nameDe(), input.nameEn(), input.descriptionDe(), input.descriptionEn(), input.weight(),
                input.position(), input.active());
        em.persist(c);
        em.flush();
        audit.record("selection_criterion", c.id, "create", Map.of("key", c.key, "weight", c.weight, "active", c.active));
        return Criterion.of(c);
    }

    @Transactional
    public Criterion update(UUID id, String ifMatch, CriterionUpdateInput change) {
        SelectionCriterion c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        Map<String, Object> before = audit.fields(Criterion.of(c));
        apply(c, change.nameDe(), change.nameEn(), change.descriptionDe(), change.descriptionEn(), change.weight(),
                change.position(), change.active());
        em.flush();
        Criterion after = Criterion.of(c);
        audit.recordChanges("selection_criterion", c.id, "update", before, audit.fields(after), null);
        return after;
    }

    private void apply(SelectionCriterion c, String nameDe, String nameEn, String descriptionDe, String descriptionEn,
            BigDecimal weight, int position, boolean active) {
        c.nameDe = nameDe;
        c.nameEn = nameEn;
        c.descriptionDe = descriptionDe;
        c.descriptionEn = descriptionEn;
        c.weight = weight;
        c.position = position;
        c.active = active;
    }

    private SelectionCriterion find(UUID id) {
        SelectionCriterion c = em.find(SelectionCriterion.class, id);
        if (c == null) {
            throw Problems.notFound("thing.selection-criterion", id);
        }
        return c;
    }
}
