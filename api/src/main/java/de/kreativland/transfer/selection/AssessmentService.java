package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.account.OrganisationRef;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Markdown;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.partner.Organisation;
import de.kreativland.transfer.partner.Submarket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Jurors' scores with evidence; a juror never scores its own organisation. */
@ApplicationScoped
public class AssessmentService {
    private static final String SELECT_VIEW = """
            select new de.kreativland.transfer.selection.JurorAssessment(a.id, a.candidateId,
                new de.kreativland.transfer.selection.CriterionRef(k.id, k.key, k.nameDe, k.nameEn, k.weight, k.active),
                a.jurorSubject, a.jurorName, a.score, a.evidence, a.createdAt, a.updatedAt, a.version)
            from Assessment a join SelectionCriterion k on k.id = a.criterionId
            """;

    /** Text formatting, lists, tables and web or mail links; nothing that runs. */
    private static final PolicyFactory APPLICATION_HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    SelectionRoundService rounds;

    @Inject
    SelectionRanking ranking;

    /** Assessments listed for one candidate: every juror on every criterion, as long as there are at most this many. */
    public static final int MAX_PER_CANDIDATE = 1000;
    /** Candidacies listed for one organisation, newest round first. */
    public static final int MAX_CANDIDACIES = 100;
    /** At most this many decisions of one candidacy are shown (the newest). */
    public static final int MAX_DECISIONS = 100;

    /** Every juror's assessments of a candidate: jurors deliberate together, so each juror sees all of them. */
    public AssessmentList list(UUID roundId, UUID candidateId) {
        SelectionCandidate candidate = rounds.findCandidate(roundId, candidateId);
        if (!user.isStaff() && user.isMemberOf(candidate.organisationId)) {
            throw Problems.forbidden("selection.own-candidate-assessments");
        }
        List<JurorAssessment> items = em.createQuery(SELECT_VIEW + """
                where a.candidateId = :candidate
                order by k.position, k.key, a.jurorName, a.jurorSubject""", JurorAssessment.class)
                .setParameter("candidate", candidateId).setMaxResults(MAX_PER_CANDIDATE).getResultList();
        return new AssessmentList(candidateId, items);
    }

    /** The caller's own assessment of a candidate on a criterion. */
    public JurorAssessment own(UUID roundId, UUID candidateId, UUID criterionId) {
        SelectionCandidate candidate = rounds.findCandidate(roundId, candidateId);
        requireNotJurorOfOwnOrganisation(candidate);
        return ownView(candidateId, criterionId)
                .orElseThrow(() -> Problems.notFound("thing.own-assessment", candidateId + " / " + criterionId));
    }

    public record Saved(JurorAssessment assessment, boolean created) {
    }

    /**
     * Creates or updates the caller's assessment. Updating needs If-Match; scores freeze once the
     * candidate has a decision.
     */
    @Transactional
    public Saved save(UUID roundId, UUID candidateId, UUID criterionId, String ifMatch, AssessmentInput input) {
        SelectionCandidate candidate = rounds.findCandidate(roundId, candidateId);
        requireNotJurorOfOwnOrganisation(candidate);
        SelectionCriterion criterion = em.find(SelectionCriterion.class, criterionId);
        if (criterion == null) {
            throw Problems.notFound("thing.selection-criterion", criterionId);
        }
        SelectionRoundService.requireOpen(rounds.findRound(roundId));
        if (candidate.decision != null) {
            throw Problems.conflict("selection.scores-frozen", candidate.decision);
        }
        if (!criterion.active) {
            throw Problems.conflict("selection.criterion-inactive", criterion.key);
        }
        Assessment assessment = em.createQuery("""
                from Assessment a where a.candidateId = :candidate and a.criterionId = :criterion and a.jurorSubject = :juror""",
                Assessment.class)
                .setParameter("candidate", candidateId).setParameter("criterion", criterionId).setParameter("juror", user.subject())
                .getResultStream().findFirst().orElse(null);
        boolean created = assessment == null;
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> details = new LinkedHashMap<>();
        if (created) {
            assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.candidateId = candidateId;
            assessment.criterionId = criterionId;
            assessment.jurorSubject = user.subject();
            assessment.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, assessment.version);
            details.put("scoreBefore", assessment.score);
        }
        assessment.jurorName = user.displayName();
        assessment.score = input.score();
        assessment.evidence = input.evidence();
        assessment.updatedAt = now;
        if (created) {
            em.persist(assessment);
        }
        em.flush();
        details.put("candidateId", candidateId);
        details.put("criterion", criterion.key);
        details.put("score", assessment.score);
        audit.record("assessment", assessment.id, created ? "create" : "update", details);
        return new Saved(ownView(candidateId, criterionId).orElseThrow(), created);
    }

    /** The selection evidence on an organisation's internal profile, newest round first. */
    public OrganisationAssessments forOrganisation(UUID organisationId) {
        OrganisationRef organisation = em.createQuery("""
                select new de.kreativland.transfer.account.OrganisationRef(o.id, o.name)
                from Organisation o where o.id = :id""", OrganisationRef.class)
                .setParameter("id", organisationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> Problems.notFound("thing.organisation", organisationId));
        List<SelectionRound> roundsOfOrganisation = em.createQuery("""
                select r from SelectionRound r
                where r.id in (select c.roundId from SelectionCandidate c where c.organisationId = :organisation)""",
                SelectionRound.class)
                .setParameter("organisation", organisationId).getResultList();
        Map<UUID, SelectionRound> roundById = roundsOfOrganisation.stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        Map<UUID, List<JurorAssessment>> byCandidate = em.createQuery(SELECT_VIEW + """
                where a.candidateId in (select c.id from SelectionCandidate c where c.organisationId = :organisation)
                order by k.position, k.key, a.jurorName, a.jurorSubject""", JurorAssessment.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .collect(Collectors.groupingBy(JurorAssessment::candidateId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<DecisionRecord>> decisions = em.createQuery("""
                select new de.kreativland.transfer.selection.DecisionRecord(d.candidateId, d.decision, d.rationale, d.incompleteReason,
                       d.decidedByName, d.decidedAt)
                from SelectionDecisionEntry d
                where d.candidateId in (select c.id from SelectionCandidate c where c.organisationId = :organisation)
                order by d.decidedAt, d.id""", DecisionRecord.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .collect(Collectors.groupingBy(DecisionRecord::candidateId, LinkedHashMap::new, Collectors.toList()));
        List<Candidacy> candidacies = ranking.organisation(organisationId).stream()
                .map(c -> {
                    SelectionRound round = roundById.get(c.roundId());
                    return new Candidacy(c.id(), new RoundRef(round.id, round.name, round.status), c.weightedScore(),
                            c.decision(), c.rationale(), c.decidedAt(), c.decidedBy(),
                            byCandidate.getOrDefault(c.id(), List.of()).stream().limit(MAX_PER_CANDIDATE).toList(),
                            lastOf(decisions.getOrDefault(c.id(), List.of()), MAX_DECISIONS));
                })
                .sorted((a, b) -> roundById.get(b.round().id()).createdAt.compareTo(roundById.get(a.round().id()).createdAt))
                .limit(MAX_CANDIDACIES)
                .toList();
        return new OrganisationAssessments(organisation, candidacies);
    }

    /**
     * A candidate's application as the jury reads it while scoring: the organisation's profile without contact
     * persons. Whoever may score or decide in the round may read it (staff and coaches, by the resource's roles).
     */
    public CandidateApplication application(UUID roundId, UUID candidateId) {
        SelectionCandidate candidate = rounds.findCandidate(roundId, candidateId);
        Organisation o = em.find(Organisation.class, candidate.organisationId);
        String html = o.description == null || o.description.isBlank() ? null
                : APPLICATION_HTML.sanitize(Markdown.HTML.render(Markdown.parse(o.description)));
        return new CandidateApplication(candidate.id, roundId, o.id, o.name, o.kind, o.town, o.state, o.settlementType,
                Arrays.stream(o.submarkets).map(Submarket::valueOf).toList(), o.foundingYear, o.teamSize, o.website, o.summary,
                o.description, html, List.of(o.requestedTopics));
    }

    private static <T> List<T> lastOf(List<T> items, int max) {
        return items.size() <= max ? items : items.subList(items.size() - max, items.size());
    }

    private Optional<JurorAssessment> ownView(UUID candidateId, UUID criterionId) {
        return em.createQuery(SELECT_VIEW + """
                where a.candidateId = :candidate and a.criterionId = :criterion and a.jurorSubject = :juror""", JurorAssessment.class)
                .setParameter("candidate", candidateId).setParameter("criterion", criterionId).setParameter("juror", user.subject())
                .getResultStream().findFirst();
    }

    private void requireNotJurorOfOwnOrganisation(SelectionCandidate candidate) {
        if (user.isMemberOf(candidate.organisationId)) {
            throw Problems.forbidden("selection.own-candidate-assess");
        }
    }
}
