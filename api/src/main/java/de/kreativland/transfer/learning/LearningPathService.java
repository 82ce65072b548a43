package de.kreativland.transfer.learning;

import de.kreativland.transfer.sync.Audience;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.sync.Keys;
import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class LearningPathService {
    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    LearningAccess access;

    public Audience feedAudience() {
        return access.feedAudience();
    }

    @Inject
    ModuleAuthors authors;

    @Inject
    AuditLog audit;

    public Page<LearningPathSummary> list(PageParams paging) {
        String where = access.isStaff() ? "" : " where p.status = :published and p.visibility in (:visible)";
        TypedQuery<LearningPath> query = em.createQuery("select p from LearningPath p" + where + " order by p.title, p.id", LearningPath.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from LearningPath p" + where, Long.class);
        restrictToReadable(query);
        restrictToReadable(count);
        List<LearningPathSummary> items = summaries(query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList());
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The paths with these ids that the list shows the caller (incremental sync, bulk export). */
    public List<LearningPathSummary> listByIds(Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        String where = " where p.id in (:ids)" + (access.isStaff() ? "" : " and p.status = :published and p.visibility in (:visible)");
        TypedQuery<LearningPath> query = em.createQuery("select p from LearningPath p" + where, LearningPath.class).setParameter("ids", uuids);
        restrictToReadable(query);
        return summaries(query.getResultList());
    }

    private void restrictToReadable(TypedQuery<?> query) {
        if (!access.isStaff()) {
            query.setParameter("published", PathStatus.PUBLISHED).setParameter("visible", visible());
        }
    }

    private List<LearningPathSummary> summaries(List<LearningPath> paths) {
        Map<UUID, Integer> counts = moduleCounts(paths.stream().map(p -> p.id).toList());
        return paths.stream().map(p -> new LearningPathSummary(p.id, p.slug, p.title, p.visibility, p.status,
                counts.getOrDefault(p.id, 0), p.publishedAt)).toList();
    }

    public Versioned<LearningPathDetail> get(String slugOrId) {
        LearningPath path = readable(slugOrId);
        return new Versioned<>(detail(path), path.version);
    }

    /** The caller's progress: its done modules among the path's published modules it may read. */
    public PathProgress progress(String slugOrId) {
        LearningPath path = readable(slugOrId);
        List<LearningModuleSummary> modules = modules(path.id).stream().filter(m -> m.status() == ModuleStatus.PUBLISHED).toList();
        Map<UUID, OffsetDateTime> done = new HashMap<>();
        if (!modules.isEmpty()) {
            em.createQuery("select p from LearningProgress p where p.key.subject = :subject and p.key.moduleId in (:modules)", LearningProgress.class)
                    .setParameter("subject", user.subject()).setParameter("modules", modules.stream().map(LearningModuleSummary::id).toList())
                    .getResultStream().forEach(p -> done.put(p.key.moduleId(), p.completedAt));
        }
        List<ModuleProgress> items = modules.stream()
                .map(m -> new ModuleProgress(m.id(), m.slug(), m.title(), done.containsKey(m.id()), done.get(m.id()))).toList();
        int doneCount = (int) items.stream().filter(ModuleProgress::done).count();
        int percent = items.isEmpty() ? 0 : doneCount * 100 / items.size();
        return new PathProgress(path.id, doneCount, items.size(), percent, items);
    }

    @Transactional
    public Versioned<LearningPathDetail> create(LearningPathInput input) {
        LearningPath path = new LearningPath();
        path.id = UUID.randomUUID();
        List<UUID> moduleIds = checkModules(input.moduleIds());
        path.slug = input.slug() != null ? requireFreeSlug(input.slug(), path.id) : freeSlug(Slugs.of(input.title()));
        apply(input, path);
        em.persist(path);
        em.flush();
        replaceModules(path.id, moduleIds);
        audit.record("learning_path", path.id, "create", auditDetails(path, moduleIds));
        return new Versioned<>(detail(path), path.version);
    }

    @Transactional
    public Versioned<LearningPathDetail> update(UUID id, String ifMatch, LearningPathInput input) {
        LearningPath path = em.find(LearningPath.class, id);
        if (path == null) {
            throw Problems.notFound("thing.learning-path", id);
        }
        ETags.requireMatch(ifMatch, path.version);
        List<UUID> moduleIds = checkModules(input.moduleIds());
        if (input.slug() != null && !input.slug().equals(path.slug)) {
            if (path.publishedAt != null) {
                throw Problems.conflict("learning.path-slug-stable", path.slug);
            }
            path.slug = requireFreeSlug(input.slug(), path.id);
        }
        LearningPathDetail before = detail(path);
        apply(input, path);
        em.flush(); // updatedAt always changes, so a new module order alone is a new version too
        replaceModules(path.id, moduleIds);
        LearningPathDetail after = detail(path);
        audit.recordUpdate("learning_path", path.id, "update", before, after);
        return new Versioned<>(after, path.version);
    }

    private LearningPath readable(String slugOrId) {
        UUID id = LearningModuleService.uuidOrNull(slugOrId);
        LearningPath path = id != null ? em.find(LearningPath.class, id)
                : em.createQuery("select p from LearningPath p where p.slug = :slug", LearningPath.class)
                        .setParameter("slug", slugOrId).getResultStream().findFirst().orElse(null);
        if (path == null || !access.canRead(path)) {
            throw Problems.notFound("thing.learning-path", slugOrId);
        }
        return path;
    }

    private void apply(LearningPathInput input, LearningPath path) {
        SafeHtml.requireRenderable("introduction", input.introduction(), SafeHtml.MAX_INTRODUCTION_HTML);
        path.title = input.title().strip();
        path.introduction = input.introduction();
        path.visibility = input.visibility();
        path.status = input.status();
        if (path.status == PathStatus.PUBLISHED && path.publishedAt == null) {
            path.publishedAt = OffsetDateTime.now();
        }
    }

    private List<UUID> checkModules(List<UUID> moduleIds) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < moduleIds.size(); i++) {
            if (!seen.add(moduleIds.get(i))) {
                throw Problems.invalidField("moduleIds[" + i + "]", "learning.named-twice");
            }
        }
        if (!moduleIds.isEmpty()) {
            Set<UUID> known = new HashSet<>(em.createQuery("select m.id from LearningModule m where m.id in (:ids)", UUID.class)
                    .setParameter("ids", moduleIds).getResultList());
            for (int i = 0; i < moduleIds.size(); i++) {
                if (!known.contains(moduleIds.get(i))) {
                    throw Problems.invalidField("moduleIds[" + i + "]", "learning.no-such-module");
                }
            }
        }
        return moduleIds;
    }

    private void replaceModules(UUID pathId, List<UUID> moduleIds) {
        em.createNativeQuery("delete from learning_path_module where path_id = :id").setParameter("id", pathId).executeUpdate();
        int position = 0;
        for (UUID moduleId : moduleIds) {
            em.createNativeQuery("insert into learning_path_module (path_id, position, module_id) values (:path, :position, :module)")
                    .setParameter("path", pathId).setParameter("position", position++).setParameter("module", moduleId).executeUpdate();
        }
    }

    private LearningPathDetail detail(LearningPath path) {
        return new LearningPathDetail(path.id, path.slug, path.title, path.introduction, SafeHtml.fromMarkdown(path.introduction),
                path.visibility, path.status, modules(path.id), path.publishedAt, path.updatedAt);
    }

    private Set<Visibility> visible() {
        return access.isParticipant() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC);
    }

    /** The path's modules in order: all for staff, else the published ones the caller may read. */
    private List<LearningModuleSummary> modules(UUID pathId) {
        String scope = access.isStaff() ? "" : " and m.status = 'PUBLISHED' and m.visibility = any(?::text[])";
        String sql = "select " + ModuleQuery.COLUMNS + ", null::real as rank, null::text as snippet"
                + " from learning_path_module pm join learning_module m on m.id = pm.module_id where pm.path_id = ?" + scope
                + " order by pm.position";
        List<LearningModuleSummary> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, pathId);
            if (!access.isStaff()) {
                statement.setArray(2, connection.createArrayOf("text", visible().stream().map(Enum::name).toArray()));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(LearningModuleService.summary(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning path query failed", e);
        }
        Map<UUID, List<ModuleAuthor>> byModule = authors.of(rows.stream().map(LearningModuleSummary::id).toList());
        return rows.stream().map(r -> LearningModuleService.withAuthors(r, byModule.getOrDefault(r.id(), List.of()))).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Integer> moduleCounts(List<UUID> pathIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (pathIds.isEmpty()) {
            return counts;
        }
        String scope = access.isStaff() ? "" : " and m.status = 'PUBLISHED' and m.visibility in (:visible)";
        var query = em.createNativeQuery("select pm.path_id, count(*) from learning_path_module pm join learning_module m on m.id = pm.module_id"
                + " where pm.path_id in (:paths)" + scope + " group by pm.path_id").setParameter("paths", pathIds);
        if (!access.isStaff()) {
            query.setParameter("visible", visible().stream().map(Enum::name).toList());
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private String requireFreeSlug(String slug, UUID pathId) {
        if (!em.createQuery("select p.id from LearningPath p where p.slug = :slug and p.id <> :id", UUID.class)
                .setParameter("slug", slug).setParameter("id", pathId).getResultList().isEmpty()) {
            throw Problems.conflict("learning.path-slug-taken", slug);
        }
        return slug;
    }

    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery("select p.slug from LearningPath p where p.slug = :base or p.slug like :prefix",
                String.class).setParameter("base", base).setParameter("prefix", base + "-%").getResultList());
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Map<String, Object> auditDetails(LearningPath path, List<UUID> moduleIds) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("slug", path.slug);
        details.put("title", path.title);
        details.put("status", path.status.name());
        details.put("moduleIds", moduleIds.stream().map(UUID::toString).toList());
        return details;
    }
}
