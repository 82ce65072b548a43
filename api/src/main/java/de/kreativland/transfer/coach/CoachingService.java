package de.kreativland.transfer.coach;

import de.kreativland.transfer.sync.Audience;
import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.SqlFilter;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.WritablePeriods;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.partner.Organisation;
import de.kreativland.transfer.sync.Keys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

/** Assignments of coaches to organisations, their sessions, and the hours used against the budgets. */
@ApplicationScoped
public class CoachingService {
    /** The programme works in German time; "today" for a session date is today in Germany. */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Berlin");

    private static final String ASSIGNMENT_SELECT = """
            select a.id as id, a.topic as topic, a.hourBudget as hourBudget, a.version as version,
                   c.id as coachId, c.name as coachName,
                   o.id as organisationId, o.name as organisationName, o.town as town, o.state as state,
                   (select coalesce(sum(s.durationMinutes), 0) from CoachingSession s where s.assignmentId = a.id) as minutes
            from CoachingAssignment a
            join Coach c on c.id = a.coachId
            join Organisation o on o.id = a.organisationId""";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    WritablePeriods periods;

    @Inject
    CoachingAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ExpertiseTopics topics;

    /** Staff see every assignment, a coach its own, members those of their organisations. */
    public Page<CoachingAssignmentSummary> listAssignments(UUID coachId, UUID organisationId, PageParams paging) {
        Map<String, Object> parameters = new HashMap<>();
        String where = assignmentWhere(coachId, organisationId, parameters);
        TypedQuery<Tuple> query = em.createQuery(ASSIGNMENT_SELECT + where + " order by o.name, c.name, a.topic, a.id", Tuple.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from CoachingAssignment a" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<CoachingAssignmentSummary> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultStream().map(CoachingService::summary).toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The assignments with these ids that the caller may list and that match the filters (incremental sync and export). */
    public List<CoachingAssignmentSummary> assignmentsByIds(UUID coachId, UUID organisationId, Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = assignmentWhere(coachId, organisationId, parameters);
        TypedQuery<Tuple> query = em.createQuery(ASSIGNMENT_SELECT + (where.isEmpty() ? " where " : where + " and ") + "a.id in :ids", Tuple.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("ids", uuids).getResultStream().map(CoachingService::summary).toList();
    }

    /** Who reads the assignment feed: staff every assignment, a coach its own, members those of their organisations. */
    public Audience feedAudience() {
        return user.isStaff() ? Audience.everything(List.of())
                : Audience.of(List.of(), user.organisationIds(), access.ownCoachId().map(Set::of).orElse(Set.of()));
    }

    /** The caller's scope and the list's filters, as the where clause of the assignment queries. */
    private String assignmentWhere(UUID coachId, UUID organisationId, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!user.isStaff()) {
            List<String> visible = new ArrayList<>();
            access.ownCoachId().ifPresent(own -> {
                visible.add("a.coachId = :ownCoachId");
                parameters.put("ownCoachId", own);
            });
            visible.add("""
                    exists (select 1 from OrganisationMembership m
                            where m.key.organisationId = a.organisationId and m.key.subject = :subject)""");
            parameters.put("subject", user.subject());
            conditions.add("(" + String.join(" or ", visible) + ")");
        }
        if (coachId != null) {
            conditions.add("a.coachId = :coachId");
            parameters.put("coachId", coachId);
        }
        if (organisationId != null) {
            conditions.add("a.organisationId = :organisationId");
            parameters.put("organisationId", organisationId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Versioned<CoachingAssignmentSummary> getAssignment(UUID id) {
        readableAssignment(id);
        return summaryOf(id);
    }

    @Transactional
    public Versioned<CoachingAssignmentSummary> assign(CoachingAssignmentInput input) {
        Coach coach = em.find(Coach.class, input.coachId());
        if (coach == null) {
            throw Problems.invalidField("coachId", "coaching.no-coach", input.coachId());
        }
        if (em.find(Organisation.class, input.organisationId()) == null) {
            throw Problems.invalidField("organisationId", "coaching.no-organisation", input.organisationId());
        }
        topics.requireKnown("topic", List.of(input.topic()));
        if (!coach.topics.contains(input.topic())) {
            throw Problems.invalidField("topic", "coaching.topic-not-covered", input.topic());
        }
        if (!em.createQuery("""
                select a.id from CoachingAssignment a
                where a.coachId = :coachId and a.organisationId = :organisationId and a.topic = :topic""", UUID.class)
                .setParameter("coachId", input.coachId()).setParameter("organisationId", input.organisationId())
                .setParameter("topic", input.topic()).getResultList().isEmpty()) {
            throw Problems.conflict("coaching.already-assigned", input.topic());
        }
        CoachingAssignment assignment = new CoachingAssignment();
        assignment.id = UUID.randomUUID();
        assignment.coachId = input.coachId();
        assignment.organisationId = input.organisationId();
        assignment.topic = input.topic();
        assignment.hourBudget = input.hourBudget();
        em.persist(assignment);
        em.flush();
        audit.record("coaching_assignment", assignment.id, "create", Map.of("coachId", assignment.coachId,
                "organisationId", assignment.organisationId, "topic", assignment.topic, "hourBudget", assignment.hourBudget));
        return summaryOf(assignment.id);
    }

    @Transactional
    public Versioned<CoachingAssignmentSummary> changeBudget(UUID id, String ifMatch, CoachingAssignmentUpdateInput input) {
        CoachingAssignment assignment = readableAssignment(id);
        ETags.requireMatch(ifMatch, assignment.version);
        BigDecimal before = assignment.hourBudget;
        assignment.hourBudget = input.hourBudget();
        em.flush();
        audit.recordChanges("coaching_assignment", assignment.id, "update", Map.of("hourBudget", before),
                Map.of("hourBudget", assignment.hourBudget), null);
        return summaryOf(assignment.id);
    }

    /** Sessions newest first; keyset paging seeks by these keys. */
    static final List<Keyset.Key> SESSION_ORDER = List.of(Keyset.Key.descending("s.heldOn", "date"),
            Keyset.Key.descending("s.createdAt", "timestamptz"), Keyset.Key.ascending("s.id", "uuid"));

    public Page<CoachingSessionDetail> listSessions(UUID assignmentId, PageParams paging) {
        readableAssignment(assignmentId);
        String seek = "";
        List<Object> after = List.of();
        int offset = 0;
        if (paging.after() != null) {
            SqlFilter.Condition condition = SqlFilter.seek(SESSION_ORDER, Keyset.typedValues(paging.after(), "sessions", SESSION_ORDER),
                    (index, key) -> ":after" + index, false);
            seek = " and " + condition.sql();
            after = condition.values();
        } else {
            offset = paging.offset();
        }
        TypedQuery<CoachingSessionDetail> query = em.createQuery("""
                select new de.kreativland.transfer.coach.CoachingSessionDetail(
                    s.id, s.assignmentId, s.heldOn, s.durationMinutes, s.topic, s.format, s.notes, s.nextSteps, s.overBudgetReason,
                    s.createdAt)
                from CoachingSession s
                where s.assignmentId = :assignmentId""" + seek + " order by " + Keyset.orderBy(SESSION_ORDER), CoachingSessionDetail.class)
                .setParameter("assignmentId", assignmentId);
        for (int i = 0; i < after.size(); i++) {
            query.setParameter("after" + i, after.get(i));
        }
        List<CoachingSessionDetail> items = new ArrayList<>(query.setFirstResult(offset).setMaxResults(paging.size() + 1).getResultList());
        String nextAfter = null;
        if (items.size() > paging.size()) {
            items.remove(items.size() - 1);
            CoachingSessionDetail last = items.get(items.size() - 1);
            nextAfter = Keyset.encode("sessions", List.of(last.heldOn(), last.createdAt(), last.id()));
        }
        long total = em.createQuery("select count(s) from CoachingSession s where s.assignmentId = :assignmentId", Long.class)
                .setParameter("assignmentId", assignmentId).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total)).withNextAfter(nextAfter);
    }

    public Versioned<CoachingSessionDetail> getSession(UUID assignmentId, UUID sessionId) {
        readableAssignment(assignmentId);
        CoachingSession session = em.find(CoachingSession.class, sessionId);
        if (session == null || !session.assignmentId.equals(assignmentId)) {
            throw Problems.notFound("thing.coaching-session", sessionId);
        }
        return new Versioned<>(details(session), session.version);
    }

    /**
     * Logs a session. A session that takes the assignment beyond its budget needs an overBudgetReason (409, rule
     * over-budget, naming the field and the hours left); it is recorded with the session, and the assignment shows
     * the overrun (overBudget, hoursOver).
     */
    @Transactional
    public Versioned<CoachingSessionDetail> logSession(UUID assignmentId, CoachingSessionInput input) {
        CoachingAssignment assignment = readableAssignment(assignmentId);
        if (!access.canLogSessions(assignment)) {
            throw Problems.forbidden("coaching.log-forbidden");
        }
        if (input.heldOn().isAfter(LocalDate.now(PROGRAMME_ZONE))) {
            throw Problems.invalidField("heldOn", "tandem.held-on-future");
        }
        requirePeriodWritable(input.heldOn());
        CoachingSession session = new CoachingSession();
        session.id = UUID.randomUUID();
        session.assignmentId = assignment.id;
        apply(assignment, session, input, 0);
        em.persist(session);
        em.flush();
        CoachingAssignmentSummary after = summaryOf(assignment.id).body();
        audit.record("coaching_session", session.id, "create", Map.of("assignmentId", assignment.id,
                "durationMinutes", session.durationMinutes, "hoursUsed", after.hoursUsed(), "overBudget", after.overBudget()));
        return new Versioned<>(details(session), session.version);
    }

    /**
     * Corrects a session: its coach (own assignment) and staff, with If-Match, while the reporting period the
     * session falls in (old and new day) is writable; the budget rule applies as when logging.
     */
    @Transactional
    public Versioned<CoachingSessionDetail> correctSession(UUID assignmentId, UUID sessionId, String ifMatch, CoachingSessionInput input) {
        CoachingAssignment assignment = readableAssignment(assignmentId);
        CoachingSession session = ownSession(assignment, sessionId, "coaching.correct-forbidden");
        ETags.requireMatch(ifMatch, session.version);
        requirePeriodWritable(session.heldOn);
        requirePeriodWritable(input.heldOn());
        if (input.heldOn().isAfter(LocalDate.now(PROGRAMME_ZONE))) {
            throw Problems.invalidField("heldOn", "tandem.held-on-future");
        }
        int before = session.durationMinutes;
        apply(assignment, session, input, before);
        em.flush();
        audit.record("coaching_session", session.id, "update", Map.of("assignmentId", assignment.id,
                "durationMinutes", session.durationMinutes, "before", before));
        return new Versioned<>(details(session), session.version);
    }

    /** Deletes a session: its coach (own assignment) and staff, with If-Match, while its reporting period is writable. */
    @Transactional
    public void deleteSession(UUID assignmentId, UUID sessionId, String ifMatch) {
        CoachingAssignment assignment = readableAssignment(assignmentId);
        CoachingSession session = ownSession(assignment, sessionId, "coaching.delete-forbidden");
        ETags.requireMatch(ifMatch, session.version);
        requirePeriodWritable(session.heldOn);
        em.remove(session);
        em.flush();
        audit.record("coaching_session", session.id, "delete", Map.of("assignmentId", assignment.id,
                "heldOn", session.heldOn.toString(), "durationMinutes", session.durationMinutes));
    }

    /**
     * The one check whether a session's day may still change: the reporting periods it falls in must be writable.
     * Today this is the figures' rule of the metrics feature (OPEN periods; admins otherwise, never LOCKED ones).
     */
    private void requirePeriodWritable(LocalDate day) {
        periods.requireWritable(day, day, false);
    }

    private CoachingSession ownSession(CoachingAssignment assignment, UUID sessionId, String refusalKey) {
        CoachingSession session = em.find(CoachingSession.class, sessionId);
        if (session == null || !session.assignmentId.equals(assignment.id)) {
            throw Problems.notFound("thing.coaching-session", sessionId);
        }
        if (!access.canLogSessions(assignment)) {
            throw Problems.forbidden(refusalKey);
        }
        return session;
    }

    /** Copies the input onto the session; refuses a session that takes the assignment beyond its budget without a reason. */
    private void apply(CoachingAssignment assignment, CoachingSession session, CoachingSessionInput input, int minutesReplaced) {
        String topic = input.topic() == null ? assignment.topic : input.topic();
        topics.requireKnown("topic", List.of(topic));
        long usedMinutes = em.createQuery("select coalesce(sum(s.durationMinutes), 0) from CoachingSession s where s.assignmentId = :id",
                Long.class).setParameter("id", assignment.id).getSingleResult() - minutesReplaced;
        BigDecimal after = Hours.of(usedMinutes + input.durationMinutes());
        String reason = blankToNull(input.overBudgetReason());
        boolean over = after.compareTo(assignment.hourBudget) > 0;
        if (over && reason == null) {
            BigDecimal left = Hours.remaining(assignment.hourBudget, Hours.of(usedMinutes));
            throw Problems.ruleField("over-budget", "overBudgetReason", "coaching.over-budget", Hours.of(input.durationMinutes()), assignment.hourBudget.setScale(2), left.max(BigDecimal.ZERO));
        }
        session.heldOn = input.heldOn();
        session.durationMinutes = input.durationMinutes();
        session.topic = topic;
        session.format = input.format();
        session.notes = blankToNull(input.notes());
        session.nextSteps = blankToNull(input.nextSteps());
        session.overBudgetReason = over ? reason : null;
    }

    /** Budget, used and remaining hours per topic, summed over the organisation's assignments. */
    public OrganisationCoaching coachingOf(UUID organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !access.canReadCoachingOf(organisationId)) {
            throw Problems.notFound("thing.organisation", organisationId);
        }
        Map<String, Tuple> budgets = new HashMap<>();
        em.createQuery("""
                select a.topic as topic, count(a) as assignments, sum(a.hourBudget) as hourBudget
                from CoachingAssignment a
                where a.organisationId = :organisationId
                group by a.topic""", Tuple.class)
                .setParameter("organisationId", organisationId)
                .getResultList().forEach(row -> budgets.put(row.get("topic", String.class), row));
        Map<String, Long> minutesByTopic = new HashMap<>();
        em.createQuery("""
                select a.topic as topic, sum(s.durationMinutes) as minutes
                from CoachingSession s join CoachingAssignment a on a.id = s.assignmentId
                where a.organisationId = :organisationId
                group by a.topic""", Tuple.class)
                .setParameter("organisationId", organisationId)
                .getResultList().forEach(row -> minutesByTopic.put(row.get("topic", String.class), ((Number) row.get("minutes")).longValue()));
        Map<String, TopicHours> ordered = new LinkedHashMap<>();
        BigDecimal budget = BigDecimal.ZERO;
        long minutes = 0;
        for (ExpertiseTopic topic : topics.list()) {
            Tuple row = budgets.get(topic.key());
            if (row != null) {
                BigDecimal topicBudget = row.get("hourBudget", BigDecimal.class);
                long topicMinutes = minutesByTopic.getOrDefault(topic.key(), 0L);
                BigDecimal used = Hours.of(topicMinutes);
                ordered.put(topic.key(), new TopicHours(topic.key(), ((Number) row.get("assignments")).intValue(),
                        topicBudget, used, Hours.remaining(topicBudget, used), used.compareTo(topicBudget) > 0));
                budget = budget.add(topicBudget);
                minutes += topicMinutes;
            }
        }
        BigDecimal used = Hours.of(minutes);
        return new OrganisationCoaching(organisation(organisation), List.copyOf(ordered.values()),
                budget.setScale(2), used, Hours.remaining(budget, used));
    }

    /** The assignment when the caller may read it; 404 otherwise, so that others cannot probe ids. */
    private CoachingAssignment readableAssignment(UUID id) {
        CoachingAssignment assignment = em.find(CoachingAssignment.class, id);
        if (assignment == null || !access.canRead(assignment)) {
            throw Problems.notFound("thing.coaching-assignment", id);
        }
        return assignment;
    }

    private Versioned<CoachingAssignmentSummary> summaryOf(UUID id) {
        Tuple row = em.createQuery(ASSIGNMENT_SELECT + " where a.id = :id", Tuple.class)
                .setParameter("id", id).getSingleResult();
        return new Versioned<>(summary(row), row.get("version", Long.class));
    }

    private static CoachingAssignmentSummary summary(Tuple row) {
        BigDecimal budget = row.get("hourBudget", BigDecimal.class);
        BigDecimal used = Hours.of(((Number) row.get("minutes")).longValue());
        return new CoachingAssignmentSummary(row.get("id", UUID.class),
                new CoachRef(row.get("coachId", UUID.class), row.get("coachName", String.class)),
                new CoachedOrganisation(row.get("organisationId", UUID.class), row.get("organisationName", String.class),
                        row.get("town", String.class), row.get("state", GermanState.class)),
                row.get("topic", String.class), budget, used, Hours.remaining(budget, used), used.compareTo(budget) > 0,
                used.subtract(budget).max(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static CoachedOrganisation organisation(Organisation organisation) {
        return new CoachedOrganisation(organisation.id, organisation.name, organisation.town, organisation.state);
    }

    private static CoachingSessionDetail details(CoachingSession s) {
        return new CoachingSessionDetail(s.id, s.assignmentId, s.heldOn, s.durationMinutes, s.topic, s.format,
                s.notes, s.nextSteps, s.overBudgetReason, s.createdAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
