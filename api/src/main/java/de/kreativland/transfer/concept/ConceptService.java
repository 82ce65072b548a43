package de.kreativland.transfer.concept;

import de.kreativland.transfer.sync.Audience;
import static de.kreativland.transfer.common.SqlValues.timestamp;

import de.kreativland.transfer.common.Notifications;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.sync.Keys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.coach.CoachingAccess;
import de.kreativland.transfer.coach.ExpertiseTopic;
import de.kreativland.transfer.coach.ExpertiseTopics;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Text;
import de.kreativland.transfer.partner.ProgrammeRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Transfer concepts: the working copy, the lifecycle, the frozen versions and their comparison. */
@ApplicationScoped
public class ConceptService {
    private static final TypeReference<List<TransferStep>> STEPS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ProgrammeRoles roles;

    @Inject
    CurrentUser user;

    @Inject
    ConceptAccess access;

    @Inject
    CoachingAccess coaching;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    ExpertiseTopics expertiseTopics;

    @Inject
    Notifications notifications;

    private static final String SUMMARY_SELECT = """
            select c.id, c.organisation_id, o.name, c.title, c.status, c.current_version_number,
                   c.published_version_number, c.published_at, c.updated_at, pv.content ->> 'title'
            from transfer_concept c join organisation o on o.id = c.organisation_id
            left join transfer_concept_version pv on pv.concept_id = c.id and pv.number = c.published_version_number""";

    /** Public: a published version that is not archived, also while the owners revise the concept. */
    private static final String PUBLIC = "(c.published_version_number is not null and c.status <> 'ARCHIVED')";

    /** Published concepts for everybody, plus those of the caller's organisations and coached organisations, and all for staff. */
    public Page<ConceptSummary> list(ConceptStatus status, UUID organisationId, String q, PageParams paging) {
        ListQuery query = listQuery(status, organisationId, q);
        Query rows = query.rows(em).setFirstResult(paging.offset()).setMaxResults(paging.size());
        Query count = query.filter.nativeQuery(em, "select count(*) from transfer_concept c" + query.filter.where(), List.of(), List.of());
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(summaries(rows, query.internal), paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The concepts with these ids that the list with these filters shows the caller (incremental sync, bulk export). */
    public List<ConceptSummary> listByIds(ConceptStatus status, UUID organisationId, String q, Collection<String> ids) {
        ListQuery query = listQuery(status, organisationId, q);
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        query.filter.in("c.id", uuids);
        return summaries(query.rows(em), query.internal);
    }

    /** internal: the organisations whose concepts the caller reads as working copies (null: every one, for staff). */
    private record ListQuery(SqlFilter filter, String order, List<Object> orderValues, Set<UUID> internal) {
        Query rows(EntityManager em) {
            return filter.nativeQuery(em, SUMMARY_SELECT + filter.where() + order, List.of(), orderValues);
        }
    }

    private ListQuery listQuery(ConceptStatus status, UUID organisationId, String q) {
        SqlFilter filter = new SqlFilter();
        Set<UUID> organisations = null;
        if (!user.isStaff()) {
            organisations = new HashSet<>(user.organisationIds());
            organisations.addAll(coachedOrganisations());
            if (organisations.isEmpty()) {
                filter.and(PUBLIC);
            } else {
                filter.andAll("(" + PUBLIC + " or c.organisation_id in (" + SqlFilter.placeholders(organisations.size()) + "))",
                        List.copyOf(organisations));
            }
        }
        if (status == ConceptStatus.PUBLISHED) {
            // a concept under revision is still published: its published version is what the public reads
            filter.and(PUBLIC);
        } else if (status != null) {
            filter.and("c.status = ?", status.name());
        }
        if (organisationId != null) {
            filter.and("c.organisation_id = ?", organisationId);
        }
        if (q != null && !q.isBlank()) {
            filter.matches("c.search", q);
            return new ListQuery(filter, " order by ts_rank(c.search, websearch_to_tsquery('german', ?)) desc, c.updated_at desc, c.id",
                    List.of(q), organisations);
        }
        return new ListQuery(filter, " order by c.updated_at desc, c.id", List.of(), organisations);
    }

    /** Outside its organisation, its coaches and staff a concept under revision shows its published title and status. */
    private static List<ConceptSummary> summaries(Query rows, Set<UUID> internal) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return result.stream().map(r -> {
            boolean outside = internal != null && !internal.contains((UUID) r[1]);
            return new ConceptSummary((UUID) r[0], (UUID) r[1], (String) r[2],
                    outside && r[9] != null ? (String) r[9] : (String) r[3],
                    outside ? ConceptStatus.PUBLISHED : ConceptStatus.valueOf((String) r[4]), ((Number) r[5]).intValue(),
                    r[6] == null ? null : ((Number) r[6]).intValue(), timestamp(r[7]), timestamp(r[8]));
        }).toList();
    }

    /** The working copy for its readers, the published version for everybody else; 404 otherwise. */
    public Concept get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public Concept create(ConceptInput input) {
        // membership first: an organisation the caller may not write for is refused alike whether it exists or not
        if (!user.isStaff() && !user.isMemberOf(input.organisationId())) {
            throw Problems.forbiddenField("organisationId", "concept.not-member");
        }
        ProgrammeRole role = programmeRole(input.organisationId());
        if (role != ProgrammeRole.BEST_PRACTICE) {
            throw Problems.invalidField("organisationId", "concept.owner-not-best-practice");
        }
        ConceptSections sections = validSections(input.sections() == null ? ConceptSections.empty() : input.sections());
        TransferConcept concept = new TransferConcept();
        concept.id = UUID.randomUUID();
        concept.organisationId = input.organisationId();
        concept.status = ConceptStatus.DRAFT;
        write(concept, input.title().strip(), sections);
        em.persist(concept);
        em.flush();
        audit.record("transfer_concept", concept.id, "create", Map.of("organisationId", concept.organisationId, "title", concept.title));
        return view(concept);
    }

    /** Replaces the working copy: the owning partner (or staff) while DRAFT or CHANGES_REQUESTED, with If-Match. */
    @Transactional
    public Concept update(UUID id, String ifMatch, ConceptUpdateInput change) {
        TransferConcept concept = find(id);
        if (!access.canReadInternal(concept) && !access.canReadPublished(concept)) {
            throw Problems.notFound("thing.transfer-concept", id);
        }
        if (!access.canEdit(concept)) {
            throw Problems.forbidden("concept.edit-forbidden", id);
        }
        ETags.requireMatch(ifMatch, concept.version);
        if (!concept.status.editable()) {
            throw Problems.conflict("concept.not-editable", id, concept.status);
        }
        ConceptSections sections = validSections(change.sections());
        List<String> changed = new ArrayList<>();
        ConceptSections before = sections(concept);
        for (SectionKey key : SectionKey.values()) {
            if (before.differs(key, sections)) {
                changed.add(key.name());
            }
        }
        if (!concept.title.equals(change.title().strip())) {
            changed.add(0, "TITLE");
        }
        write(concept, change.title().strip(), sections);
        em.flush();
        audit.record("transfer_concept", id, "update", Map.of("changed", changed));
        return view(concept);
    }

    /**
     * Takes a lifecycle step. 409 naming the allowed steps when the status does not allow it, 403 when the
     * caller's role may not take it. Submitting (to IN_REVIEW) freezes the working copy as a new version.
     */
    @Transactional
    public Concept transition(UUID id, String ifMatch, TransitionInput input) {
        TransferConcept concept = find(id);
        access.requireInternal(concept, "concept.part-lifecycle");
        ETags.requireMatch(ifMatch, concept.version);
        ConceptStatus from = concept.status;
        ConceptStatus to = input.to();
        from.requireStep(to);
        Text refusal = access.refusal(concept, to);
        if (refusal != null) {
            throw Problems.forbidden(refusal.key(), refusal.args());
        }
        if (to == ConceptStatus.APPROVED && editedOrSubmittedByCaller(concept)) {
            throw Problems.fourEyes("concept.approve-own-version", String.valueOf(concept.currentVersionNumber), id);
        }
        if (to == ConceptStatus.IN_REVIEW) {
            requireEverySectionFilled(concept);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (to == ConceptStatus.IN_REVIEW) {
            freeze(concept, now);
        }
        if (to == ConceptStatus.PUBLISHED) {
            concept.publishedVersionNumber = concept.currentVersionNumber;
            concept.publishedAt = now;
        }
        concept.status = to;
        ConceptTransition step = new ConceptTransition();
        step.conceptId = id;
        step.fromStatus = from;
        step.toStatus = to;
        step.versionNumber = concept.currentVersionNumber == 0 ? null : concept.currentVersionNumber;
        step.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        step.actor = user.actor();
        step.actorName = user.displayName();
        step.at = now;
        em.persist(step);
        em.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("from", from.name());
        details.put("to", to.name());
        details.put("versionNumber", step.versionNumber);
        audit.record("transfer_concept", id, "transition", details);
        if (to == ConceptStatus.IN_REVIEW) {
            notifications.conceptSubmitted(id, concept.organisationId, concept.title, concept.currentVersionNumber);
        } else if (to == ConceptStatus.CHANGES_REQUESTED || to == ConceptStatus.APPROVED) {
            notifications.conceptReviewed(id, concept.organisationId, concept.title, to == ConceptStatus.APPROVED, step.note);
        }
        return view(concept);
    }

    public Page<Transition> history(UUID id, PageParams paging) {
        access.requireInternal(find(id), "concept.part-history");
        List<Transition> items = em.createQuery("""
                select new de.kreativland.transfer.concept.Transition(t.fromStatus, t.toStatus, t.versionNumber, t.note, t.actorName, t.at)
                from ConceptTransition t where t.conceptId = :id order by t.at, t.id""", Transition.class)
                .setParameter("id", id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(t) from ConceptTransition t where t.conceptId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** Every version for the concept's readers; only the published one for everybody else. */
    public Page<ConceptVersionSummary> versions(UUID id, PageParams paging) {
        TransferConcept concept = find(id);
        boolean internal = access.canReadInternal(concept);
        if (!internal && !access.canReadPublished(concept)) {
            throw Problems.notFound("thing.transfer-concept", id);
        }
        String onlyPublished = internal ? "" : " and v.number = :published";
        var query = em.createQuery("select v from TransferConceptVersion v where v.conceptId = :id" + onlyPublished
                + " order by v.number desc", TransferConceptVersion.class).setParameter("id", id);
        var count = em.createQuery("select count(v) from TransferConceptVersion v where v.conceptId = :id" + onlyPublished, Long.class)
                .setParameter("id", id);
        if (!internal) {
            query.setParameter("published", concept.publishedVersionNumber);
            count.setParameter("published", concept.publishedVersionNumber);
        }
        List<ConceptVersionSummary> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(v -> new ConceptVersionSummary(v.number, content(v).title(), v.submittedAt, v.submittedByName,
                        isPublished(concept, v.number)))
                .toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public ConceptVersion version(UUID id, int number) {
        TransferConcept concept = find(id);
        TransferConceptVersion version = visibleVersion(concept, number);
        ConceptContent content = content(version);
        return new ConceptVersion(id, number, content.title(), content.sections(), version.submittedAt, version.submittedByName,
                isPublished(concept, number));
    }

    /** Section by section; the transfer plan step by step, by position. */
    public ConceptDiff diff(UUID id, int from, int to) {
        TransferConcept concept = find(id);
        ConceptContent before = content(visibleVersion(concept, from, "from"));
        ConceptContent after = content(visibleVersion(concept, to, "to"));
        List<SectionDiff> sections = new ArrayList<>();
        List<SectionKey> changed = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            boolean differs = before.sections().differs(key, after.sections());
            if (differs) {
                changed.add(key);
            }
            sections.add(key == SectionKey.TRANSFER_PLAN
                    ? new SectionDiff(key, differs, null, null, steps(before.sections().steps(), after.sections().steps()))
                    : new SectionDiff(key, differs, before.sections().text(key), after.sections().text(key), null));
        }
        return new ConceptDiff(id, from, to, !before.title().equals(after.title()), before.title(), after.title(), changed, sections);
    }

    /** The content of a version the caller may see, for the exports. */
    ConceptVersion exportable(UUID id, int number) {
        return version(id, number);
    }

    String organisationName(UUID conceptId) {
        return em.createQuery("select o.name from TransferConcept c, Organisation o where o.id = c.organisationId and c.id = :id",
                String.class).setParameter("id", conceptId).getSingleResult();
    }

    TransferConcept find(UUID id) {
        TransferConcept concept = em.find(TransferConcept.class, id);
        if (concept == null) {
            throw Problems.notFound("thing.transfer-concept", id);
        }
        return concept;
    }

    TransferConceptVersion visibleVersion(TransferConcept concept, int number) {
        return visibleVersion(concept, number, null);
    }

    /** A version the caller may see; 404 (or 400 naming the query parameter) otherwise. */
    private TransferConceptVersion visibleVersion(TransferConcept concept, int number, String parameter) {
        boolean internal = access.canReadInternal(concept);
        if (!internal && !access.canReadPublished(concept)) {
            throw Problems.notFound("thing.transfer-concept", concept.id);
        }
        TransferConceptVersion version = internal || isPublished(concept, number)
                ? em.createQuery("select v from TransferConceptVersion v where v.conceptId = :id and v.number = :number",
                        TransferConceptVersion.class).setParameter("id", concept.id).setParameter("number", number)
                        .getResultStream().findFirst().orElse(null)
                : null;
        if (version == null) {
            if (parameter != null) {
                throw Problems.invalidQuery(parameter, "concept.version-not-visible", concept.id, String.valueOf(number));
            }
            throw Problems.of(404, "concept.version-not-found", String.valueOf(number), concept.id);
        }
        return version;
    }

    private static boolean isPublished(TransferConcept concept, int number) {
        return concept.status != ConceptStatus.ARCHIVED && concept.publishedVersionNumber != null
                && concept.publishedVersionNumber == number;
    }

    private static List<StepDiff> steps(List<TransferStep> before, List<TransferStep> after) {
        List<StepDiff> steps = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            TransferStep b = i < before.size() ? before.get(i) : null;
            TransferStep a = i < after.size() ? after.get(i) : null;
            StepChange change = b == null ? StepChange.ADDED : a == null ? StepChange.REMOVED
                    : b.equals(a) ? StepChange.UNCHANGED : StepChange.CHANGED;
            steps.add(new StepDiff(i + 1, change, b, a));
        }
        return steps;
    }

    private Concept view(TransferConcept concept) {
        String organisation = em.createQuery("select o.name from Organisation o where o.id = :id", String.class)
                .setParameter("id", concept.organisationId).getSingleResult();
        if (access.canReadInternal(concept)) {
            return new Concept(concept.id, concept.organisationId, organisation, concept.title, concept.status, sections(concept), null,
                    concept.currentVersionNumber, concept.publishedVersionNumber, concept.publishedAt, concept.createdAt,
                    concept.updatedAt, concept.version, available(concept));
        }
        if (access.canReadPublished(concept)) {
            ConceptContent published = content(visibleVersion(concept, concept.publishedVersionNumber));
            // a concept under revision is PUBLISHED for everybody outside it: they read the published version
            return new Concept(concept.id, concept.organisationId, organisation, published.title(), ConceptStatus.PUBLISHED,
                    published.sections(), concept.publishedVersionNumber, concept.currentVersionNumber,
                    concept.publishedVersionNumber, concept.publishedAt, concept.createdAt, concept.updatedAt, concept.version, null);
        }
        throw Problems.notFound("thing.transfer-concept", concept.id);
    }

    /** Submitting needs every section: 409 (rule complete-sections) naming the empty ones in emptySections. */
    private void requireEverySectionFilled(TransferConcept concept) {
        ConceptSections sections = sections(concept);
        List<String> empty = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            boolean filled = key == SectionKey.TRANSFER_PLAN ? !sections.steps().isEmpty() : sections.text(key) != null && !sections.text(key).isBlank();
            if (!filled) {
                empty.add(key.name());
            }
        }
        if (!empty.isEmpty()) {
            String names = String.join(", ", empty);
            throw Problems.ruleConflictListing("complete-sections", "emptySections", empty, "concept.sections-empty", concept.id,
                    String.valueOf(empty.size()), String.valueOf(SectionKey.values().length), names);
        }
    }

    /** The steps the caller may take now; four eyes: not APPROVED for whoever edited or submitted the version under review. */
    private List<ConceptStatus> available(TransferConcept concept) {
        List<ConceptStatus> steps = access.available(concept);
        return steps.contains(ConceptStatus.APPROVED) && editedOrSubmittedByCaller(concept)
                ? steps.stream().filter(s -> s != ConceptStatus.APPROVED).toList() : steps;
    }

    /**
     * Four eyes: whether the caller submitted the current version or edited the working copy after the version
     * before it was submitted (from the audit log of edits).
     */
    private boolean editedOrSubmittedByCaller(TransferConcept concept) {
        if (user.isAnonymous() || concept.currentVersionNumber == 0) {
            return false;
        }
        String actor = user.actor();
        List<TransferConceptVersion> recent = em.createQuery("""
                select v from TransferConceptVersion v where v.conceptId = :id and v.number >= :previous order by v.number desc""",
                TransferConceptVersion.class).setParameter("id", concept.id).setParameter("previous", concept.currentVersionNumber - 1)
                .getResultList();
        if (!recent.isEmpty() && recent.get(0).number == concept.currentVersionNumber && actor.equals(recent.get(0).submittedBy)) {
            return true;
        }
        OffsetDateTime since = recent.size() > 1 ? recent.get(1).submittedAt : OffsetDateTime.parse("1970-01-01T00:00:00Z");
        return ((Number) em.createNativeQuery("""
                select count(*) from audit_log where entity_type = 'transfer_concept' and entity_id = :id and actor = :actor
                and action in ('create', 'update') and at > :since""")
                .setParameter("id", concept.id.toString()).setParameter("actor", actor).setParameter("since", since)
                .getSingleResult()).longValue() > 0;
    }

    private void freeze(TransferConcept concept, OffsetDateTime now) {
        TransferConceptVersion version = new TransferConceptVersion();
        version.id = UUID.randomUUID();
        version.conceptId = concept.id;
        version.number = concept.currentVersionNumber + 1;
        version.content = toJson(new ConceptContent(concept.title, sections(concept)));
        version.submittedAt = now;
        version.submittedBy = user.actor();
        version.submittedByName = user.displayName();
        em.persist(version);
        concept.currentVersionNumber = version.number;
    }

    /** Who reads the concept feed: staff every concept, others published ones and those of their own and coached organisations. */
    public Audience feedAudience() {
        return user.isStaff() ? Audience.everything(List.of()) : Audience.of(List.of(), union(user.organisationIds(), coachedOrganisations()), Set.of());
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private Set<UUID> coachedOrganisations() {
        return coaching.ownCoachId().map(coachId -> Set.copyOf(em.createQuery(
                "select distinct a.organisationId from CoachingAssignment a where a.coachId = :coach", UUID.class)
                .setParameter("coach", coachId).getResultList())).orElse(Set.of());
    }

    /** Programme role of the organisation (null for none); 400 naming organisationId when there is no such organisation. */
    private ProgrammeRole programmeRole(UUID organisationId) {
        return roles.find(organisationId)
                .orElseThrow(() -> Problems.invalidField("organisationId", "concept.no-organisation-with-id")).programmeRole;
    }

    /** Normalised sections whose plan steps name existing expertise topics (400 naming the step otherwise). */
    private ConceptSections validSections(ConceptSections input) {
        ConceptSections sections = input.normalised();
        List<String> topics = expertiseTopics.list().stream().map(ExpertiseTopic::key).toList();
        for (int i = 0; i < sections.steps().size(); i++) {
            if (!topics.contains(sections.steps().get(i).topic())) {
                String known = String.join(", ", topics);
                throw Problems.invalidField("sections.transferPlan[" + i + "].topic", "concept.topic-unknown", known);
            }
        }
        return sections;
    }

    private void write(TransferConcept concept, String title, ConceptSections s) {
        concept.title = title;
        concept.startingSituation = s.startingSituation();
        concept.goalsAndTargetGroups = s.goalsAndTargetGroups();
        concept.offer = s.offer();
        concept.organisationAndTeam = s.organisationAndTeam();
        concept.financing = s.financing();
        concept.marketingAndCommunication = s.marketingAndCommunication();
        concept.buildingLawAndPremises = s.buildingLawAndPremises();
        concept.digitalInfrastructure = s.digitalInfrastructure();
        concept.transferPlanJson = toJson(s.steps());
        concept.risksAndSuccessFactors = s.risksAndSuccessFactors();
        concept.resourcesAndContacts = s.resourcesAndContacts();
    }

    private ConceptSections sections(TransferConcept c) {
        List<TransferStep> steps;
        try {
            steps = json.readValue(c.transferPlanJson, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transfer plan of concept " + c.id + " is not readable", e);
        }
        return new ConceptSections(c.startingSituation, c.goalsAndTargetGroups, c.offer, c.organisationAndTeam, c.financing,
                c.marketingAndCommunication, c.buildingLawAndPremises, c.digitalInfrastructure, steps, c.risksAndSuccessFactors,
                c.resourcesAndContacts);
    }

    ConceptContent content(TransferConceptVersion version) {
        try {
            ConceptContent content = json.readValue(version.content, ConceptContent.class);
            ConceptSections sections = content.sections() == null ? ConceptSections.empty() : content.sections();
            return new ConceptContent(content.title(), sections.transferPlan() == null ? sections.normalised() : sections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("version " + version.number + " of concept " + version.conceptId + " is not readable", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable", e);
        }
    }
}
