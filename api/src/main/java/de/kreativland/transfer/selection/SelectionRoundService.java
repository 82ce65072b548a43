package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import de.kreativland.transfer.partner.Organisation;
import de.kreativland.transfer.partner.ProgrammeRoles;
import de.kreativland.transfer.sync.Keys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Selection rounds, their candidates and the coordinator's decisions. */
@ApplicationScoped
public class SelectionRoundService {
    private static final String SUMMARY_SELECT = """
            select new de.kreativland.transfer.selection.RoundSummary(r.id, r.name, r.description, r.status,
                (select count(c) from SelectionCandidate c where c.roundId = r.id),
                (select count(c) from SelectionCandidate c where c.roundId = r.id and c.decision is not null),
                r.createdAt)
            from SelectionRound r""";
    private static final String WHERE = " where (:status is null or r.status = :status)";

    /** Candidates of one round (the pilot had 41 nominations). */
    public static final int MAX_CANDIDATES = 500;

    @Inject
    EntityManager em;

    @Inject
    ProgrammeRoles roles;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    SelectionRanking ranking;

    public Page<RoundSummary> list(RoundStatus status, PageParams paging) {
        List<RoundSummary> items = em.createQuery(SUMMARY_SELECT + WHERE + " order by r.createdAt desc, r.id", RoundSummary.class)
                .setParameter("status", status)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(r) from SelectionRound r" + WHERE, Long.class)
                .setParameter("status", status).getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The rounds with these ids that match the list's filter (incremental sync and export); malformed ids match nothing. */
    public List<RoundSummary> byIds(RoundStatus status, Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SUMMARY_SELECT + WHERE + " and r.id in :ids", RoundSummary.class)
                .setParameter("status", status)
                .setParameter("ids", uuids)
                .getResultList();
    }

    public Round get(UUID roundId) {
        SelectionRound round = findRound(roundId);
        return new Round(round.id, round.name, round.description, round.status, round.createdAt, round.version,
                ranking.round(roundId));
    }

    @Transactional
    public Round create(RoundInput input) {
        SelectionRound round = new SelectionRound();
        round.id = UUID.randomUUID();
        round.name = input.name();
        round.description = input.description();
        round.status = RoundStatus.OPEN;
        em.persist(round);
        em.flush();
        audit.record("selection_round", round.id, "create", Map.of("name", round.name));
        return new Round(round.id, round.name, round.description, round.status, round.createdAt, round.version, List.of());
    }

    @Transactional
    public Round update(UUID roundId, String ifMatch, RoundUpdateInput change) {
        SelectionRound round = findRound(roundId);
        ETags.requireMatch(ifMatch, round.version);
        Map<String, Object> before = roundFields(round);
        round.name = change.name();
        round.description = change.description();
        round.status = change.status();
        em.flush();
        audit.recordChanges("selection_round", round.id, "update", before, roundFields(round), null);
        return get(roundId);
    }

    public RankedCandidate candidate(UUID roundId, UUID candidateId) {
        findCandidate(roundId, candidateId);
        return ranking.candidate(roundId, candidateId);
    }

    /** Adds an organisation to an open round; an organisation without a programme role becomes a CANDIDATE. */
    @Transactional
    public RankedCandidate addCandidate(UUID roundId, CandidateInput input) {
        SelectionRound round = findRound(roundId);
        requireOpen(round);
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        long candidates = em.createQuery("select count(c) from SelectionCandidate c where c.roundId = :round", Long.class)
                .setParameter("round", roundId).getSingleResult();
        if (candidates >= MAX_CANDIDATES) {
            throw Problems.conflict("selection.round-full", MAX_CANDIDATES);
        }
        Organisation organisation = organisationForRoleChange(input.organisationId());
        boolean already = !em.createQuery(
                "select c.id from SelectionCandidate c where c.roundId = :round and c.organisationId = :organisation", UUID.class)
                .setParameter("round", roundId).setParameter("organisation", input.organisationId()).getResultList().isEmpty();
        if (already) {
            throw Problems.conflict("selection.already-candidate", input.organisationId());
        }
        SelectionCandidate candidate = new SelectionCandidate();
        candidate.id = UUID.randomUUID();
        candidate.roundId = roundId;
        candidate.organisationId = input.organisationId();
        em.persist(candidate);
        audit.record("selection_candidate", candidate.id, "add",
                Map.of("roundId", roundId, "organisationId", input.organisationId()));
        if (organisation.programmeRole == null) {
            setProgrammeRole(organisation, ProgrammeRole.CANDIDATE);
        }
        em.flush();
        return ranking.candidate(roundId, candidate.id);
    }

    /**
     * Decides on a candidate, or revises the decision while the round is OPEN; every decision stays in the
     * history with its reason. A candidate not scored on every active criterion is decided only with an
     * incompleteScoringReason. SELECTED makes the organisation a best-practice partner; revising SELECTED
     * makes it a candidate again unless another round selected it. The weighted score is frozen with the first decision.
     */
    @Transactional
    public RankedCandidate decide(UUID roundId, UUID candidateId, String ifMatch, CandidateDecisionInput input) {
        SelectionCandidate candidate = findCandidate(roundId, candidateId);
        ETags.requireMatch(ifMatch, candidate.version);
        if (user.isMemberOf(candidate.organisationId)) {
            throw Problems.forbidden("selection.own-candidate-decide");
        }
        requireOpen(findRound(roundId));
        SelectionDecision before = candidate.decision;
        if (before != null) {
            before.requireStep(input.decision());
        }
        RankedCandidate current = ranking.candidate(roundId, candidateId);
        String incompleteReason = input.incompleteScoringReason() == null || input.incompleteScoringReason().isBlank()
                ? null : input.incompleteScoringReason().strip();
        if (!current.complete() && incompleteReason == null) {
            throw Problems.invalidField("incompleteScoringReason", "selection.incomplete-scoring", current.criteriaScored(),
                    current.criteriaTotal());
        }
        if (before == null) {
            candidate.decidedWeightedScore = ranking.currentScore(candidateId);
        }
        candidate.decision = input.decision();
        candidate.rationale = input.rationale();
        candidate.incompleteReason = current.complete() ? null : incompleteReason;
        candidate.decidedAt = OffsetDateTime.now();
        candidate.decidedBy = user.subject();
        candidate.decidedByName = user.displayName();
        SelectionDecisionEntry entry = new SelectionDecisionEntry();
        entry.candidateId = candidateId;
        entry.decision = candidate.decision;
        entry.rationale = candidate.rationale;
        entry.incompleteReason = candidate.incompleteReason;
        entry.criteriaScored = (int) current.criteriaScored();
        entry.criteriaTotal = (int) current.criteriaTotal();
        entry.decidedBy = candidate.decidedBy;
        entry.decidedByName = candidate.decidedByName;
        entry.decidedAt = candidate.decidedAt;
        em.persist(entry);
        Map<String, Object> details = new HashMap<>();
        details.put("from", before == null ? "UNDECIDED" : before.name());
        details.put("to", input.decision().name());
        details.put("weightedScore", candidate.decidedWeightedScore);
        audit.record("selection_candidate", candidateId, "decide", details);
        if (input.decision() == SelectionDecision.SELECTED) {
            Organisation organisation = organisationForRoleChange(candidate.organisationId);
            if (organisation.programmeRole != ProgrammeRole.BEST_PRACTICE) {
                setProgrammeRole(organisation, ProgrammeRole.BEST_PRACTICE);
            }
        } else if (before == SelectionDecision.SELECTED && em.createQuery("""
                select count(c) from SelectionCandidate c
                where c.organisationId = :organisation and c.decision = :selected and c.id <> :candidate""", Long.class)
                .setParameter("organisation", candidate.organisationId).setParameter("selected", SelectionDecision.SELECTED)
                .setParameter("candidate", candidateId).getSingleResult() == 0) {
            Organisation organisation = organisationForRoleChange(candidate.organisationId);
            if (organisation.programmeRole == ProgrammeRole.BEST_PRACTICE) {
                setProgrammeRole(organisation, ProgrammeRole.CANDIDATE);
            }
        }
        em.flush();
        return ranking.candidate(roundId, candidateId);
    }

    SelectionRound findRound(UUID roundId) {
        SelectionRound round = em.find(SelectionRound.class, roundId);
        if (round == null) {
            throw Problems.notFound("thing.selection-round", roundId);
        }
        return round;
    }

    SelectionCandidate findCandidate(UUID roundId, UUID candidateId) {
        SelectionCandidate candidate = em.find(SelectionCandidate.class, candidateId);
        if (candidate == null || !candidate.roundId.equals(roundId)) {
            throw Problems.notFound("thing.candidate", candidateId);
        }
        return candidate;
    }

    static void requireOpen(SelectionRound round) {
        if (round.status != RoundStatus.OPEN) {
            throw Problems.conflict("selection.round-not-open", round.id, round.status);
        }
    }

    /** The organisation, its row locked for a change of its programme role; 400 when there is no such organisation. */
    private Organisation organisationForRoleChange(UUID organisationId) {
        return roles.lock(organisationId).orElseThrow(() -> Problems.invalidField("organisationId", "partner.no-such-organisation"));
    }

    private void setProgrammeRole(Organisation organisation, ProgrammeRole after) {
        Map<String, Object> details = new HashMap<>();
        details.put("from", organisation.programmeRole == null ? null : organisation.programmeRole.name());
        details.put("to", after.name());
        roles.change(organisation, after, "programme_role", details);
    }

    private static Map<String, Object> roundFields(SelectionRound round) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name", round.name);
        fields.put("description", round.description);
        fields.put("status", round.status.name());
        return fields;
    }
}
