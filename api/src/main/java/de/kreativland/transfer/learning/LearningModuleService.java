package de.kreativland.transfer.learning;

import de.kreativland.transfer.sync.Audience;
import static de.kreativland.transfer.common.SqlValues.date;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.coach.ExpertiseTopics;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Markdown;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.partner.Submarket;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class LearningModuleService {
    @Inject
    de.kreativland.transfer.common.Notifications notifications;

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
    AttachmentService attachments;

    @Inject
    ViewCounter views;

    @Inject
    ExpertiseTopics topics;

    @Inject
    AuditLog audit;

    /** The modules the caller may read, filtered, searched and paged. */
    public Page<LearningModuleSummary> list(ModuleFilter filter, PageParams paging) {
        ModuleQuery query = query(filter);
        List<LearningModuleSummary> items = summaries(query, paging.size(), paging.offset());
        long total;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = query.prepareCount(connection); ResultSet rs = statement.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("learning module count failed", e);
        }
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The modules with these ids that the list with this filter shows the caller (incremental sync, bulk export). */
    public List<LearningModuleSummary> listByIds(ModuleFilter filter, Collection<String> ids) {
        return summaries(query(filter).onlyIds(ids), ids.size(), 0);
    }

    private ModuleQuery query(ModuleFilter filter) {
        Set<Visibility> visible = access.isParticipant() ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC);
        return new ModuleQuery(filter, access.isStaff(), visible, access.ownCoachIds(), access.ownOrganisationIds());
    }

    private List<LearningModuleSummary> summaries(ModuleQuery query, int limit, int offset) {
        List<LearningModuleSummary> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> snippetSources = new ArrayList<>();
            try (PreparedStatement statement = query.preparePage(connection, limit, offset); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(summary(rs));
                    if (query.searches()) {
                        snippetSources.add(rs.getString("summary") + "\n" + Markdown.plainText(rs.getString("snippet_source")));
                    }
                }
            }
            if (!snippetSources.isEmpty()) {
                rows = withSnippets(rows, query, connection, snippetSources);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning module query failed", e);
        }
        Map<UUID, List<ModuleAuthor>> byModule = authors.of(rows.stream().map(LearningModuleSummary::id).toList());
        return rows.stream().map(r -> withAuthors(r, byModule.getOrDefault(r.id(), List.of()))).toList();
    }

    /** One module by slug or id; a read of a published module counts into its daily views (no reader is stored). */
    public Versioned<LearningModuleDetail> get(String slugOrId) {
        LearningModule module = readable(slugOrId);
        if (module.status == ModuleStatus.PUBLISHED) {
            views.count(module.id, user.isAnonymous());
        }
        return new Versioned<>(detail(module), module.version);
    }

    @Transactional
    public Versioned<LearningModuleDetail> create(LearningModuleInput input) {
        if (!access.mayAuthor()) {
            throw Problems.forbidden("learning.author-forbidden");
        }
        LearningModule module = new LearningModule();
        module.id = UUID.randomUUID();
        module.status = ModuleStatus.DRAFT;
        List<ModuleAuthor> moduleAuthors = checkAuthors(input.authors());
        module.slug = input.slug() != null ? requireFreeSlug(input.slug(), module.id) : freeSlug(Slugs.of(input.title()));
        apply(input, module);
        em.persist(module);
        em.flush();
        authors.replace(module.id, moduleAuthors);
        audit.record("learning_module", module.id, "create", auditDetails(module));
        return new Versioned<>(detail(module), module.version);
    }

    @Transactional
    public Versioned<LearningModuleDetail> update(UUID id, String ifMatch, LearningModuleInput input) {
        LearningModule module = editable(id);
        List<ModuleAuthor> current = authors.of(module.id);
        ETags.requireMatch(ifMatch, module.version);
        List<ModuleAuthor> moduleAuthors = input.authors() == null || input.authors().isEmpty() ? current : checkAuthors(input.authors());
        if (input.slug() != null && !input.slug().equals(module.slug)) {
            if (module.publishedAt != null) {
                throw Problems.conflict("learning.module-slug-stable", module.slug);
            }
            module.slug = requireFreeSlug(input.slug(), module.id);
        }
        Map<String, Object> before = auditFields(detail(module));
        apply(input, module);
        em.flush();
        authors.replace(module.id, moduleAuthors);
        LearningModuleDetail after = detail(module);
        audit.recordChanges("learning_module", module.id, "update", before, auditFields(after), null);
        return new Versioned<>(after, module.version);
    }

    @Transactional
    public Versioned<LearningModuleDetail> transition(UUID id, String ifMatch, ModuleStatus to) {
        LearningModule module = readable(id.toString());
        List<ModuleAuthor> current = authors.of(module.id);
        if (!access.isStaff() && !access.isAuthor(current)) {
            throw Problems.forbidden("learning.status-forbidden");
        }
        ETags.requireMatch(ifMatch, module.version);
        ModuleStatus from = module.status;
        if (!from.next().contains(to)) {
            throw Problems.illegalTransition(from.name(), to.name(), access.allowedTransitions(module, current).stream().map(Enum::name).toList());
        }
        if (!access.allowedTransitions(module, current).contains(to)) {
            throw Problems.forbidden("learning.status-staff-only", to);
        }
        module.status = to;
        if (to == ModuleStatus.PUBLISHED && module.publishedAt == null) {
            module.publishedAt = OffsetDateTime.now();
        }
        em.flush();
        audit.record("learning_module", module.id, "transition", Map.of("from", from.name(), "to", to.name()));
        if (to == ModuleStatus.IN_REVIEW) {
            notifications.moduleSubmitted(module.id, module.title);
        }
        return new Versioned<>(detail(module), module.version);
    }

    /** Daily view counts between two days (inclusive), for staff and advisors: the outreach figures. */
    @SuppressWarnings("unchecked")
    public ModuleViews views(UUID id, java.time.LocalDate from, java.time.LocalDate to) {
        if (em.find(LearningModule.class, id) == null) {
            throw Problems.notFound("thing.learning-module", id);
        }
        List<Object[]> rows = em.createNativeQuery("select day, anonymous_views, signed_in_views from learning_module_view_daily"
                + " where module_id = :id and day between :from and :to order by day")
                .setParameter("id", id).setParameter("from", from).setParameter("to", to).getResultList();
        List<DailyViews> days = rows.stream().map(r -> new DailyViews(date(r[0]), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
        return new ModuleViews(id, from, to, days.stream().mapToLong(DailyViews::anonymousViews).sum(),
                days.stream().mapToLong(DailyViews::signedInViews).sum(), days);
    }

    /** The module if the caller may read it; 404 otherwise, so drafts and participants' modules reveal nothing. */
    LearningModule readable(String slugOrId) {
        LearningModule module = find(slugOrId);
        if (module == null || !access.canRead(module, authors.of(module.id))) {
            throw Problems.notFound("thing.learning-module", slugOrId);
        }
        return module;
    }

    /** The module if the caller may change it (its attachments too): 404, 403 or 409 otherwise. */
    LearningModule editable(UUID id) {
        LearningModule module = readable(id.toString());
        List<ModuleAuthor> current = authors.of(module.id);
        if (!access.isStaff() && !access.isAuthor(current)) {
            throw Problems.forbidden("learning.change-forbidden");
        }
        if (!access.canEdit(module, current)) {
            throw Problems.conflict("learning.change-staff-only", module.status);
        }
        return module;
    }

    private LearningModule find(String slugOrId) {
        UUID id = uuidOrNull(slugOrId);
        if (id != null) {
            return em.find(LearningModule.class, id);
        }
        return em.createQuery("select m from LearningModule m where m.slug = :slug", LearningModule.class)
                .setParameter("slug", slugOrId).getResultStream().findFirst().orElse(null);
    }

    static UUID uuidOrNull(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void apply(LearningModuleInput input, LearningModule module) {
        List<String> topicKeys = List.copyOf(new java.util.LinkedHashSet<>(input.topics()));
        topics.requireKnown("topics", topicKeys);
        SafeHtml.requireRenderable("bodyMarkdown", input.bodyMarkdown(), SafeHtml.MAX_BODY_HTML);
        module.title = input.title().strip();
        module.summary = input.summary().strip();
        module.bodyMarkdown = input.bodyMarkdown();
        module.format = input.format();
        module.topics = new ArrayList<>(topicKeys);
        module.submarkets = input.submarkets() == null ? new ArrayList<>()
                : new ArrayList<>(input.submarkets().stream().distinct().map(Enum::name).toList());
        module.level = input.level();
        module.estimatedMinutes = input.estimatedMinutes();
        module.licence = input.licence() == null ? Licence.CC_BY_SA_4_0 : input.licence();
        module.visibility = input.visibility();
        module.provenanceConceptId = input.provenance() == null ? null : input.provenance().conceptId();
        module.provenanceSection = input.provenance() == null ? null : input.provenance().section();
    }

    /**
     * The authors to store: as given (each a known coach or organisation, once), or the caller alone
     * when none are given. Coaches and partners must be among them.
     */
    private List<ModuleAuthor> checkAuthors(List<AuthorInput> input) {
        List<ModuleAuthor> result = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            if (!access.ownCoachIds().isEmpty()) {
                UUID coachId = access.ownCoachIds().iterator().next();
                result.add(new ModuleAuthor(AuthorKind.COACH, coachId, name("Coach", coachId)));
            } else if (access.ownOrganisationIds().size() == 1) {
                UUID organisationId = access.ownOrganisationIds().iterator().next();
                result.add(new ModuleAuthor(AuthorKind.ORGANISATION, organisationId, name("Organisation", organisationId)));
            } else {
                throw Problems.invalidField("authors", "learning.authors-empty");
            }
            return result;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            AuthorInput author = input.get(i);
            String field = "authors[" + i + "]";
            if ((author.coachId() == null) == (author.organisationId() == null)) {
                throw Problems.invalidField(field, "learning.author-either");
            }
            boolean coach = author.coachId() != null;
            UUID authorId = coach ? author.coachId() : author.organisationId();
            String name = name(coach ? "Coach" : "Organisation", authorId);
            if (name == null) {
                throw Problems.invalidField(field + (coach ? ".coachId" : ".organisationId"), coach ? "learning.no-such-coach" : "learning.no-such-organisation");
            }
            if (!seen.add(authorId)) {
                throw Problems.invalidField(field, "learning.named-twice");
            }
            result.add(new ModuleAuthor(coach ? AuthorKind.COACH : AuthorKind.ORGANISATION, authorId, name));
        }
        if (!access.isStaff() && result.stream().noneMatch(access::isSelf)) {
            throw Problems.forbiddenField("authors", "learning.authors-not-self");
        }
        return result;
    }

    /** The name of the author, a Coach or an Organisation; null when there is none with this id. */
    private String name(String entity, UUID id) {
        List<String> names = em.createQuery("select e.name from " + entity + " e where e.id = :id", String.class)
                .setParameter("id", id).getResultList();
        return names.isEmpty() ? null : names.get(0);
    }

    private String requireFreeSlug(String slug, UUID moduleId) {
        if (!em.createQuery("select m.id from LearningModule m where m.slug = :slug and m.id <> :id", UUID.class)
                .setParameter("slug", slug).setParameter("id", moduleId).getResultList().isEmpty()) {
            throw Problems.conflict("learning.module-slug-taken", slug);
        }
        return slug;
    }

    private String freeSlug(String base) {
        Set<String> taken = new HashSet<>(em.createQuery("select m.slug from LearningModule m where m.slug = :base or m.slug like :prefix",
                String.class).setParameter("base", base).setParameter("prefix", base + "-%").getResultList());
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    LearningModuleDetail detail(LearningModule module) {
        List<ModuleAuthor> moduleAuthors = authors.of(module.id);
        LearningProgress progress = user.isAnonymous() ? null
                : em.find(LearningProgress.class, new LearningProgress.Key(user.subject(), module.id));
        OffsetDateTime completedAt = progress == null ? null : progress.completedAt;
        return new LearningModuleDetail(module.id, module.slug, module.title, module.summary, module.bodyMarkdown,
                SafeHtml.fromMarkdown(module.bodyMarkdown), module.format, List.copyOf(module.topics),
                module.submarkets.stream().map(Submarket::valueOf).toList(), module.level, module.estimatedMinutes, module.licence,
                module.visibility, module.status, moduleAuthors,
                module.provenanceConceptId == null ? null : new Provenance(module.provenanceConceptId, module.provenanceSection),
                attachments.list(module.id), access.allowedTransitions(module, moduleAuthors), access.canEdit(module, moduleAuthors),
                completedAt, module.publishedAt, module.updatedAt);
    }

    static LearningModuleSummary summary(ResultSet rs) throws SQLException {
        double rank = rs.getDouble("rank");
        Double rankOrNull = rs.wasNull() ? null : Math.round(rank * 1_000_000d) / 1_000_000d;
        return new LearningModuleSummary(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), ModuleFormat.valueOf(rs.getString("format")), strings(rs, "topics"),
                strings(rs, "submarkets").stream().map(Submarket::valueOf).toList(), ModuleLevel.valueOf(rs.getString("level")),
                rs.getInt("estimated_minutes"), Licence.valueOf(rs.getString("licence")), Visibility.valueOf(rs.getString("visibility")),
                ModuleStatus.valueOf(rs.getString("status")), List.of(), rs.getObject("published_at", OffsetDateTime.class),
                rankOrNull, SafeHtml.snippet(rs.getString("snippet")));
    }

    private static List<LearningModuleSummary> withSnippets(List<LearningModuleSummary> rows, ModuleQuery query, Connection connection,
            List<String> plainTexts) throws SQLException {
        List<LearningModuleSummary> marked = new ArrayList<>(rows.size());
        try (PreparedStatement statement = query.prepareSnippets(connection, plainTexts); ResultSet rs = statement.executeQuery()) {
            for (LearningModuleSummary s : rows) {
                rs.next();
                marked.add(new LearningModuleSummary(s.id(), s.slug(), s.title(), s.summary(), s.format(), s.topics(), s.submarkets(),
                        s.level(), s.estimatedMinutes(), s.licence(), s.visibility(), s.status(), s.authors(), s.publishedAt(), s.rank(),
                        SafeHtml.snippet(rs.getString(1))));
            }
        }
        return marked;
    }

    static LearningModuleSummary withAuthors(LearningModuleSummary s, List<ModuleAuthor> moduleAuthors) {
        return new LearningModuleSummary(s.id(), s.slug(), s.title(), s.summary(), s.format(), s.topics(), s.submarkets(), s.level(),
                s.estimatedMinutes(), s.licence(), s.visibility(), s.status(), moduleAuthors, s.publishedAt(), s.rank(), s.snippet());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Map<String, Object> auditDetails(LearningModule module) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("slug", module.slug);
        details.put("title", module.title);
        details.put("status", module.status.name());
        details.put("visibility", module.visibility.name());
        return details;
    }

    /** The module's fields for the audit log; its authors are people, kept out of the log like other personal data. */
    private Map<String, Object> auditFields(LearningModuleDetail detail) {
        Map<String, Object> fields = audit.fields(detail);
        fields.remove("authors");
        return fields;
    }
}
