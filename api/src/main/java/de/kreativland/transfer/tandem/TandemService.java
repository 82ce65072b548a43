package de.kreativland.transfer.tandem;

import de.kreativland.transfer.sync.Audience;
import static de.kreativland.transfer.common.SqlValues.date;
import static de.kreativland.transfer.common.SqlValues.timestamp;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.coach.CoachingAccess;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Text;
import de.kreativland.transfer.concept.ConceptStatus;
import de.kreativland.transfer.concept.TransferConcept;
import de.kreativland.transfer.concept.TransferStep;
import de.kreativland.transfer.partner.Organisation;
import de.kreativland.transfer.partner.ProgrammeRoles;
import de.kreativland.transfer.sync.Keys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tandems: proposal from the suggestions, lifecycle with history, milestones from the transfer plan, activities. */
@ApplicationScoped
public class TandemService {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3})\\s*(Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String SUMMARY_SELECT = """
            select t.id, b.id, b.name, b.town, b.state, o.id, o.name, o.town, o.state, c.id, c.title, t.status,
                   t.started_on, t.ended_on, t.updated_at,
                   (select count(*) from tandem_milestone m where m.tandem_id = t.id),
                   (select count(*) from tandem_milestone m where m.tandem_id = t.id and m.status = 'DONE'),
                   (select count(*) from tandem_milestone m where m.tandem_id = t.id and t.status = 'ACTIVE' and m.status <> 'DONE'
                        and m.due_on < cast(now() at time zone 'Europe/Berlin' as date))
            from tandem t
            join organisation b on b.id = t.best_practice_organisation_id
            join organisation o on o.id = t.tandem_organisation_id
            join transfer_concept c on c.id = t.concept_id""";

    @Inject
    EntityManager em;

    @Inject
    ProgrammeRoles roles;

    @Inject
    CurrentUser user;

    @Inject
    TandemAccess access;

    @Inject
    CoachingAccess coaching;

    @Inject
    TandemSuggestionService suggestions;

    @Inject
    AuditLog audit;

    /** Staff see every tandem; everybody else those of their organisations and of the organisations they coach. */
    public Page<TandemSummary> list(TandemStatus status, UUID conceptId, UUID organisationId, PageParams paging) {
        SqlFilter filter = filter(status, conceptId, organisationId);
        if (filter == null) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0, 0);
        }
        Query rows = filter.nativeQuery(em, SUMMARY_SELECT + filter.where() + " order by t.updated_at desc, t.id", List.of(), List.of())
                .setFirstResult(paging.offset()).setMaxResults(paging.size());
        Query count = filter.nativeQuery(em, "select count(*) from tandem t" + filter.where(), List.of(), List.of());
        List<TandemSummary> items = summaries(rows);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The tandems with these ids that the caller may list and that match the filters (incremental sync and export). */
    public List<TandemSummary> byIds(TandemStatus status, UUID conceptId, UUID organisationId, Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        SqlFilter filter = filter(status, conceptId, organisationId);
        if (filter == null || uuids.isEmpty()) {
            return List.of();
        }
        filter.in("t.id", uuids);
        return summaries(filter.nativeQuery(em, SUMMARY_SELECT + filter.where(), List.of(), List.of()));
    }

    /** The caller's scope and the list's filters; null when the caller sees no tandem at all. */
    private SqlFilter filter(TandemStatus status, UUID conceptId, UUID organisationId) {
        SqlFilter filter = new SqlFilter();
        if (!user.isStaff()) {
            Set<UUID> visible = new HashSet<>(user.organisationIds());
            visible.addAll(coachedOrganisations());
            if (visible.isEmpty()) {
                return null;
            }
            String in = " in (" + SqlFilter.placeholders(visible.size()) + ")";
            List<Object> values = new ArrayList<>(visible);
            values.addAll(visible);
            filter.andAll("(t.best_practice_organisation_id" + in + " or t.tandem_organisation_id" + in + ")", values);
        }
        if (status != null) {
            filter.and("t.status = ?", status.name());
        }
        if (conceptId != null) {
            filter.and("t.concept_id = ?", conceptId);
        }
        if (organisationId != null) {
            filter.and("(t.best_practice_organisation_id = ? or t.tandem_organisation_id = ?)", organisationId, organisationId);
        }
        return filter;
    }

    private static List<TandemSummary> summaries(Query rows) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return result.stream().map(r -> {
            int total = ((Number) r[15]).intValue();
            int done = ((Number) r[16]).intValue();
            return new TandemSummary((UUID) r[0], organisation(r, 1), organisation(r, 5), (UUID) r[9], (String) r[10],
                    TandemStatus.valueOf((String) r[11]), date(r[12]), date(r[13]), total == 0 ? 0 : done * 100 / total,
                    ((Number) r[17]).intValue(), timestamp(r[14]));
        }).toList();
    }

    public TandemDetail get(UUID id) {
        return view(readable(id));
    }

    /**
     * Proposes a tandem (coordinators and admins, by the resource's roles). The candidate must not be the
     * concept's organisation nor a best-practice partner; when it is not the top-ranked suggestion the
     * coordinator says why (selectionReason). The tandem organisation becomes a TANDEM partner only when the
     * tandem starts (ACTIVE), so a cancelled proposal leaves its programme role as it was.
     */
    @Transactional
    public TandemDetail create(TandemInput input) {
        TransferConcept concept = suggestions.requireMatchable(input.conceptId(), "conceptId");
        UUID candidate = input.tandemOrganisationId();
        Organisation organisation = roles.find(candidate)
                .orElseThrow(() -> Problems.invalidField("tandemOrganisationId", "concept.no-organisation-with-id"));
        if (candidate.equals(concept.organisationId)) {
            throw Problems.invalidField("tandemOrganisationId", "tandem.own-organisation");
        }
        ProgrammeRole role = organisation.programmeRole;
        if (role == ProgrammeRole.BEST_PRACTICE) {
            throw Problems.invalidField("tandemOrganisationId", "tandem.partner-is-best-practice");
        }
        if (!em.createQuery("""
                select t.id from Tandem t where t.conceptId = :concept and t.tandemOrganisationId = :candidate
                and t.status in (de.kreativland.transfer.tandem.TandemStatus.PROPOSED, de.kreativland.transfer.tandem.TandemStatus.AGREED,
                                 de.kreativland.transfer.tandem.TandemStatus.ACTIVE)""", UUID.class)
                .setParameter("concept", concept.id).setParameter("candidate", candidate).setMaxResults(1).getResultList().isEmpty()) {
            throw Problems.conflict("tandem.already-open", candidate, concept.id);
        }
        List<TandemMatcher.Match> ranking = suggestions.ranking(concept);
        Integer rank = null;
        BigDecimal score = null;
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).candidate().id().equals(candidate)) {
                rank = i + 1;
                score = BigDecimal.valueOf(ranking.get(i).score());
                break;
            }
        }
        boolean top = rank != null && (rank == 1 || ranking.get(rank - 1).score() >= ranking.get(0).score());
        String reason = blankToNull(input.selectionReason());
        if (!top && reason == null) {
            throw rank == null ? Problems.invalidField("selectionReason", "tandem.reason-not-suggested")
                    : Problems.invalidField("selectionReason", "tandem.reason-not-top", String.valueOf(rank), ranking.get(0).candidate().name());
        }
        OffsetDateTime now = OffsetDateTime.now();
        Tandem tandem = new Tandem();
        tandem.id = UUID.randomUUID();
        tandem.bestPracticeOrganisationId = concept.organisationId;
        tandem.conceptId = concept.id;
        tandem.tandemOrganisationId = candidate;
        tandem.status = TandemStatus.PROPOSED;
        tandem.suggestionRank = rank;
        tandem.suggestionScore = score;
        tandem.selectionReason = reason;
        em.persist(tandem);
        history(tandem.id, null, TandemStatus.PROPOSED, reason, now);
        em.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("conceptId", concept.id);
        details.put("tandemOrganisationId", candidate);
        details.put("suggestionRank", rank);
        details.put("selectionReason", reason);
        audit.record("tandem", tandem.id, "create", details);
        return view(tandem);
    }

    /**
     * Takes a lifecycle step: 404 when the caller may not see the tandem, 409 naming the allowed steps, 403 when
     * the caller may not take it, 400 naming reason when cancelling without one. ACTIVE generates the milestones.
     */
    @Transactional
    public TandemDetail transition(UUID id, String ifMatch, TandemTransitionInput input) {
        Tandem tandem = readable(id);
        ETags.requireMatch(ifMatch, tandem.version);
        TandemStatus from = tandem.status;
        TandemStatus to = input.to();
        from.requireStep(to);
        Text refusal = access.refusal(tandem, to);
        if (refusal != null) {
            throw Problems.forbidden(refusal.key(), refusal.args());
        }
        String reason = blankToNull(input.reason());
        if (to == TandemStatus.CANCELLED && reason == null) {
            throw Problems.invalidField("reason", "tandem.reason-cancel");
        }
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate today = LocalDate.now(BERLIN);
        if (to == TandemStatus.AGREED) {
            return agree(tandem, now);
        }
        int milestones = 0;
        if (to == TandemStatus.ACTIVE) {
            TransferConcept concept = em.find(TransferConcept.class, tandem.conceptId);
            if (concept.status == ConceptStatus.ARCHIVED) {
                throw Problems.conflict("tandem.concept-archived", concept.id);
            }
            tandem.startedOn = today;
            milestones = generateMilestones(tandem, suggestions.steps(concept), now);
            Organisation partner = roles.find(tandem.tandemOrganisationId).orElseThrow();
            if (partner.programmeRole == null || partner.programmeRole == ProgrammeRole.CANDIDATE) {
                roles.change(partner, ProgrammeRole.TANDEM, "update", Map.of("programmeRole", "TANDEM", "tandemId", tandem.id));
            }
        }
        if (to == TandemStatus.COMPLETED || to == TandemStatus.CANCELLED) {
            tandem.endedOn = today;
        }
        if (to == TandemStatus.CANCELLED) {
            tandem.cancelReason = reason;
        }
        tandem.status = to;
        history(id, from, to, reason, now);
        em.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("from", from.name());
        details.put("to", to.name());
        details.put("reason", reason);
        if (to == TandemStatus.ACTIVE) {
            details.put("milestones", milestones);
        }
        audit.record("tandem", id, "transition", details);
        return view(tandem);
    }

    /**
     * Records the agreement of the caller's organisation(s); the tandem becomes AGREED once both organisations
     * have agreed. Each side's agreement is kept with who gave it and when, and in the history.
     */
    private TandemDetail agree(Tandem tandem, OffsetDateTime now) {
        List<UUID> sides = access.sidesToAgree(tandem);
        for (UUID side : sides) {
            if (side.equals(tandem.bestPracticeOrganisationId)) {
                tandem.bestPracticeAgreedAt = now;
                tandem.bestPracticeAgreedBy = user.actor();
                tandem.bestPracticeAgreedByName = user.displayName();
            } else {
                tandem.tandemAgreedAt = now;
                tandem.tandemAgreedBy = user.actor();
                tandem.tandemAgreedByName = user.displayName();
            }
        }
        boolean both = tandem.bestPracticeAgreedAt != null && tandem.tandemAgreedAt != null;
        String sideNames = sides.stream().map(side -> roles.find(side).map(o -> o.name).orElse(side.toString()))
                .collect(java.util.stream.Collectors.joining(", "));
        if (both) {
            tandem.status = TandemStatus.AGREED;
            history(tandem.id, TandemStatus.PROPOSED, TandemStatus.AGREED, "Zugestimmt für " + sideNames, now);
        } else {
            tandem.touch();
            history(tandem.id, TandemStatus.PROPOSED, TandemStatus.PROPOSED, "Zugestimmt für " + sideNames, now);
        }
        em.flush();
        audit.record("tandem", tandem.id, "agree", Map.of("organisationIds", sides, "agreed", both));
        return view(tandem);
    }

    public Page<TandemTransition> history(UUID id, PageParams paging) {
        readable(id);
        List<TandemTransition> items = em.createQuery("""
                select new de.kreativland.transfer.tandem.TandemTransition(h.fromStatus, h.toStatus, h.reason, h.actorName, h.at)
                from TandemHistoryEntry h where h.tandemId = :id order by h.at, h.id""", TandemTransition.class)
                .setParameter("id", id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(h) from TandemHistoryEntry h where h.tandemId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public Page<Milestone> milestones(UUID id, PageParams paging) {
        boolean active = readable(id).status == TandemStatus.ACTIVE;
        List<Milestone> items = em.createQuery("select m from TandemMilestone m where m.tandemId = :id order by m.position", TandemMilestone.class)
                .setParameter("id", id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(m -> milestone(m, active)).toList();
        long total = em.createQuery("select count(m) from TandemMilestone m where m.tandemId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public Milestone milestone(UUID id, UUID milestoneId) {
        Tandem tandem = readable(id);
        return milestone(findMilestone(id, milestoneId), tandem.status == TandemStatus.ACTIVE);
    }

    /**
     * Replaces a milestone's due date, owner, status and adaptation notes: staff and partner members of either
     * organisation, while the tandem is ACTIVE, with If-Match. DONE records the day; leaving DONE clears it.
     */
    @Transactional
    public Milestone updateMilestone(UUID id, UUID milestoneId, String ifMatch, MilestoneInput change) {
        Tandem tandem = readable(id);
        TandemMilestone milestone = findMilestone(id, milestoneId);
        if (!access.canWork(tandem)) {
            throw Problems.forbidden("tandem.milestones-forbidden", id);
        }
        ETags.requireMatch(ifMatch, milestone.version);
        if (tandem.status != TandemStatus.ACTIVE) {
            throw Problems.conflict("tandem.milestones-not-active", id, tandem.status);
        }
        UUID owner = change.ownerOrganisationId();
        if (owner != null && !owner.equals(tandem.bestPracticeOrganisationId) && !owner.equals(tandem.tandemOrganisationId)) {
            throw Problems.invalidField("ownerOrganisationId", "tandem.milestone-owner");
        }
        MilestoneStatus before = milestone.status;
        milestone.dueOn = change.dueOn();
        milestone.ownerOrganisationId = owner;
        milestone.adaptationNotes = blankToNull(change.adaptationNotes());
        if (change.status() == MilestoneStatus.DONE && before != MilestoneStatus.DONE) {
            milestone.doneOn = LocalDate.now(BERLIN);
        } else if (change.status() != MilestoneStatus.DONE) {
            milestone.doneOn = null;
        }
        milestone.status = change.status();
        tandem.touch();
        em.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("milestoneId", milestoneId);
        details.put("from", before.name());
        details.put("to", milestone.status.name());
        details.put("dueOn", milestone.dueOn == null ? null : milestone.dueOn.toString());
        details.put("ownerOrganisationId", owner);
        audit.record("tandem", id, "update_milestone", details);
        return milestone(milestone, true);
    }

    public Page<TandemActivityDetail> activities(UUID id, ActivityType type, PageParams paging) {
        readable(id);
        String byType = type == null ? "" : " and a.type = :type";
        var query = em.createQuery("select a from TandemActivity a where a.tandemId = :id" + byType + " order by a.heldOn desc, a.createdAt desc, a.id",
                TandemActivity.class).setParameter("id", id);
        var count = em.createQuery("select count(a) from TandemActivity a where a.tandemId = :id" + byType, Long.class).setParameter("id", id);
        if (type != null) {
            query.setParameter("type", type);
            count.setParameter("type", type);
        }
        List<TandemActivityDetail> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(TandemService::activity).toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public TandemActivityDetail activity(UUID id, UUID activityId) {
        readable(id);
        return activity(findActivity(id, activityId));
    }

    /** Logs an activity: staff and partner members of either organisation, while the tandem is open. */
    @Transactional
    public TandemActivityDetail logActivity(UUID id, TandemActivityInput input) {
        Tandem tandem = readable(id);
        if (!access.canWork(tandem)) {
            throw Problems.forbidden("tandem.activities-forbidden", id);
        }
        if (!tandem.status.open()) {
            throw Problems.conflict("tandem.activities-closed", id, tandem.status);
        }
        if (input.heldOn().isAfter(LocalDate.now(BERLIN))) {
            throw Problems.invalidField("heldOn", "tandem.held-on-future");
        }
        TandemActivity activity = new TandemActivity();
        activity.id = UUID.randomUUID();
        activity.tandemId = id;
        activity.type = input.type();
        activity.heldOn = input.heldOn();
        activity.participants = input.participants().strip();
        activity.notes = blankToNull(input.notes());
        activity.createdAt = OffsetDateTime.now();
        activity.createdBy = user.actor();
        activity.createdByName = user.displayName();
        em.persist(activity);
        em.flush();
        audit.record("tandem", id, "log_activity", Map.of("activityId", activity.id, "type", activity.type.name(),
                "heldOn", activity.heldOn.toString()));
        return activity(activity);
    }

    /** One milestone per plan step, in order; due dates add up the steps' typical durations from today. */
    private int generateMilestones(Tandem tandem, List<TransferStep> steps, OffsetDateTime now) {
        LocalDate due = tandem.startedOn;
        boolean datesKnown = true;
        for (int i = 0; i < steps.size(); i++) {
            TransferStep step = steps.get(i);
            LocalDate next = datesKnown ? plusDuration(due, step.typicalDuration()) : null;
            datesKnown = next != null;
            due = next;
            TandemMilestone m = new TandemMilestone();
            m.id = UUID.randomUUID();
            m.tandemId = tandem.id;
            m.position = i + 1;
            m.title = step.title();
            m.description = step.description();
            m.topic = step.topic();
            m.typicalDuration = step.typicalDuration();
            m.dueOn = due;
            m.ownerOrganisationId = tandem.tandemOrganisationId;
            m.status = MilestoneStatus.OPEN;
            em.persist(m);
        }
        return steps.size();
    }

    /** "3 Monate", "2 Wochen", "1 Jahr", "10 Tage" added to a date; null when the duration says no such thing. */
    static LocalDate plusDuration(LocalDate from, String duration) {
        if (from == null || duration == null) {
            return null;
        }
        Matcher m = DURATION.matcher(duration);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        String unit = m.group(2).toLowerCase();
        return unit.startsWith("tag") ? from.plusDays(n) : unit.startsWith("woche") ? from.plusWeeks(n)
                : unit.startsWith("monat") ? from.plusMonths(n) : from.plusYears(n);
    }

    private void history(UUID tandemId, TandemStatus from, TandemStatus to, String reason, OffsetDateTime at) {
        TandemHistoryEntry entry = new TandemHistoryEntry();
        entry.tandemId = tandemId;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason;
        entry.actor = user.actor();
        entry.actorName = user.displayName();
        entry.at = at;
        em.persist(entry);
    }

    /** The tandem, when the caller may see it; 404 otherwise, so that others do not learn that it exists. */
    Tandem readable(UUID id) {
        Tandem tandem = em.find(Tandem.class, id);
        if (tandem == null || !access.canRead(tandem)) {
            throw Problems.notFound("thing.tandem", id);
        }
        return tandem;
    }

    private TandemMilestone findMilestone(UUID tandemId, UUID milestoneId) {
        TandemMilestone milestone = em.find(TandemMilestone.class, milestoneId);
        if (milestone == null || !milestone.tandemId.equals(tandemId)) {
            throw Problems.notFound("thing.milestone", milestoneId);
        }
        return milestone;
    }

    private TandemActivity findActivity(UUID tandemId, UUID activityId) {
        TandemActivity activity = em.find(TandemActivity.class, activityId);
        if (activity == null || !activity.tandemId.equals(tandemId)) {
            throw Problems.notFound("thing.activity", activityId);
        }
        return activity;
    }

    private TandemDetail view(Tandem t) {
        Object[] names = (Object[]) em.createNativeQuery("""
                select b.id, b.name, b.town, b.state, o.id, o.name, o.town, o.state, c.title
                from organisation b, organisation o, transfer_concept c where b.id = :b and o.id = :o and c.id = :c""")
                .setParameter("b", t.bestPracticeOrganisationId).setParameter("o", t.tandemOrganisationId).setParameter("c", t.conceptId)
                .getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'IN_PROGRESS'),
                       count(*) filter (where status = 'DONE'), min(due_on) filter (where status <> 'DONE'),
                       count(*) filter (where status <> 'DONE' and due_on < :today)
                from tandem_milestone where tandem_id = :id""").setParameter("id", t.id).setParameter("today", LocalDate.now(BERLIN))
                .getSingleResult();
        int overdue = t.status == TandemStatus.ACTIVE ? ((Number) counts[5]).intValue() : 0;
        MilestoneCounts milestones = new MilestoneCounts(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                ((Number) counts[2]).intValue(), ((Number) counts[3]).intValue(), date(counts[4]), overdue);
        return new TandemDetail(t.id, organisation(names, 0), organisation(names, 4), t.conceptId, (String) names[8], t.status,
                t.suggestionRank, t.suggestionScore == null ? null : t.suggestionScore.doubleValue(), t.selectionReason, t.startedOn,
                t.endedOn, t.cancelReason, milestones.progressPercent(), milestones,
                new TandemAgreement(t.bestPracticeOrganisationId, t.bestPracticeAgreedAt != null, t.bestPracticeAgreedAt, t.bestPracticeAgreedByName),
                new TandemAgreement(t.tandemOrganisationId, t.tandemAgreedAt != null, t.tandemAgreedAt, t.tandemAgreedByName),
                access.available(t), t.createdAt, t.updatedAt, t.version);
    }

    private static Milestone milestone(TandemMilestone m, boolean tandemActive) {
        boolean overdue = tandemActive && m.status != MilestoneStatus.DONE && m.dueOn != null && m.dueOn.isBefore(LocalDate.now(BERLIN));
        return new Milestone(m.id, m.tandemId, m.position, m.title, m.description, m.topic, m.typicalDuration, m.dueOn,
                m.ownerOrganisationId, m.status, m.doneOn, overdue, m.adaptationNotes, m.updatedAt, m.version);
    }

    private static TandemActivityDetail activity(TandemActivity a) {
        return new TandemActivityDetail(a.id, a.tandemId, a.type, a.heldOn, a.participants, a.notes, a.createdByName, a.createdAt);
    }

    /** Who reads the tandem feed: staff every tandem, others those of their own and coached organisations. */
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

    private static TandemOrganisation organisation(Object[] r, int at) {
        return new TandemOrganisation((UUID) r[at], (String) r[at + 1], (String) r[at + 2], GermanState.valueOf(r[at + 3].toString().trim()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
