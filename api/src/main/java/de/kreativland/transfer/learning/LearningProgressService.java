package de.kreativland.transfer.learning;

import static de.kreativland.transfer.common.SqlValues.timestamp;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Signed-in users' own progress: modules marked done. Only the user reads it; it is personal data
 * and not written to the audit log (it changes nothing anybody else relies on).
 */
@ApplicationScoped
public class LearningProgressService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    LearningModuleService modules;

    @Transactional
    public ModuleCompletion markDone(UUID moduleId) {
        LearningModule module = modules.readable(moduleId.toString());
        if (module.status != ModuleStatus.PUBLISHED) {
            throw Problems.conflict("learning.progress-not-published", module.status);
        }
        LearningProgress.Key key = new LearningProgress.Key(user.subject(), module.id);
        LearningProgress progress = em.find(LearningProgress.class, key);
        if (progress == null) {
            progress = new LearningProgress();
            progress.key = key;
            progress.completedAt = OffsetDateTime.now();
            em.persist(progress);
        }
        return new ModuleCompletion(module.id, module.slug, module.title, progress.completedAt);
    }

    @Transactional
    public void undo(UUID moduleId) {
        LearningModule module = modules.readable(moduleId.toString());
        em.createQuery("delete from LearningProgress p where p.key.subject = :subject and p.key.moduleId = :module")
                .setParameter("subject", user.subject()).setParameter("module", module.id).executeUpdate();
    }

    /** The caller's completed modules that it may still read, latest first. */
    @SuppressWarnings("unchecked")
    public Page<ModuleCompletion> mine(PageParams paging) {
        List<Object[]> rows = em.createNativeQuery("""
                select m.id, m.slug, m.title, p.completed_at, count(*) over () as total
                from learning_progress p join learning_module m on m.id = p.module_id
                where p.subject = :subject and m.status = 'PUBLISHED'
                order by p.completed_at desc, m.id limit :limit offset :offset""")
                .setParameter("subject", user.subject()).setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        long total = rows.isEmpty() ? countMine() : ((Number) rows.get(0)[4]).longValue();
        List<ModuleCompletion> items = rows.stream().map(r -> new ModuleCompletion((UUID) r[0], (String) r[1], (String) r[2],
                timestamp(r[3]))).toList();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    private long countMine() {
        return ((Number) em.createNativeQuery("""
                select count(*) from learning_progress p join learning_module m on m.id = p.module_id
                where p.subject = :subject and m.status = 'PUBLISHED'""").setParameter("subject", user.subject()).getSingleResult()).longValue();
    }
}
