package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.GermanState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Weighted scores and ranks of candidates, in one SQL statement. A candidate's weighted score is
 * Σ weight × (mean score over jurors) / Σ weight over the active criteria with at least one score,
 * rounded to 2 decimals; a decided candidate keeps the score it had at the decision. Candidates scored on
 * every active criterion come first and are ranked among themselves; incomplete ones follow, ranked apart. Writers flush
 * before asking, so that the statement sees their changes.
 */
@ApplicationScoped
public class SelectionRanking {
    private static final String SQL = """
            with active_criterion as (
                select id, weight from selection_criterion where active
            ), scoped_assessment as (
                select a.candidate_id, a.criterion_id, a.juror_subject, a.score
                from assessment a
                join selection_candidate c on c.id = a.candidate_id
                join active_criterion k on k.id = a.criterion_id
                where %1$s
            ), criterion_mean as (
                select candidate_id, criterion_id, avg(score) as mean
                from scoped_assessment group by candidate_id, criterion_id
            ), candidate_score as (
                select m.candidate_id, round(sum(k.weight * m.mean) / sum(k.weight), 2) as weighted_score,
                       count(*) as criteria_scored
                from criterion_mean m join active_criterion k on k.id = m.criterion_id
                group by m.candidate_id
            ), candidate_jurors as (
                select candidate_id, count(distinct juror_subject) as juror_count
                from scoped_assessment group by candidate_id
            ), scored as (
                select c.id as candidate_id, c.round_id, o.id as organisation_id, o.name, o.town, o.state::text as state,
                       coalesce(c.decided_weighted_score, s.weighted_score) as weighted_score,
                       coalesce(s.criteria_scored, 0) as criteria_scored,
                       (select count(*) from active_criterion) as criteria_total,
                       coalesce(j.juror_count, 0) as juror_count,
                       c.decision, c.rationale, c.decided_at, c.decided_by_name, c.incomplete_reason, c.version
                from selection_candidate c
                join organisation o on o.id = c.organisation_id
                left join candidate_score s on s.candidate_id = c.id
                left join candidate_jurors j on j.candidate_id = c.id
                where %1$s
            )
            select scored.*, criteria_total > 0 and criteria_scored = criteria_total as complete,
                   case when weighted_score is not null
                        then row_number() over (partition by criteria_total > 0 and criteria_scored = criteria_total
                                                order by weighted_score desc nulls last, name, candidate_id) end as rank
            from scored
            order by criteria_total > 0 and criteria_scored = criteria_total desc, weighted_score desc nulls last, name, candidate_id""";

    private static final String BY_ROUND = SQL.formatted("c.round_id = :id");
    private static final String BY_CANDIDATE = SQL.formatted("c.id = :id");
    private static final String BY_ORGANISATION = SQL.formatted("c.organisation_id = :id");

    @Inject
    EntityManager em;

    /** The round's candidates, best first. */
    public List<RankedCandidate> round(UUID roundId) {
        return query(BY_ROUND, roundId, true);
    }

    /** One candidate, ranked within its round. */
    public RankedCandidate candidate(UUID roundId, UUID candidateId) {
        return round(roundId).stream().filter(c -> c.id().equals(candidateId)).findFirst().orElseThrow();
    }

    /** The weighted score of one candidate as it stands now (rank is not computed). */
    public BigDecimal currentScore(UUID candidateId) {
        return query(BY_CANDIDATE, candidateId, false).get(0).weightedScore();
    }

    /** Every candidacy of an organisation (rank is not computed: it needs the whole round). */
    public List<RankedCandidate> organisation(UUID organisationId) {
        return query(BY_ORGANISATION, organisationId, false);
    }

    private List<RankedCandidate> query(String sql, UUID id, boolean ranked) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter("id", id).getResultList();
        return rows.stream().map(row -> new RankedCandidate(
                row.get("candidate_id", UUID.class),
                row.get("round_id", UUID.class),
                new CandidateOrganisation(row.get("organisation_id", UUID.class), row.get("name", String.class),
                        row.get("town", String.class), GermanState.valueOf(row.get("state", String.class))),
                row.get("weighted_score", BigDecimal.class),
                number(row, "criteria_scored"),
                number(row, "criteria_total"),
                number(row, "juror_count"),
                Boolean.TRUE.equals(row.get("complete")),
                ranked && row.get("rank") != null ? number(row, "rank") : null,
                row.get("decision") == null ? null : SelectionDecision.valueOf(row.get("decision", String.class)),
                row.get("rationale", String.class),
                row.get("decided_at") == null ? null : row.get("decided_at", Instant.class).atOffset(ZoneOffset.UTC),
                row.get("decided_by_name", String.class),
                row.get("incomplete_reason", String.class),
                number(row, "version"))).toList();
    }

    private static long number(Tuple row, String alias) {
        return ((Number) row.get(alias)).longValue();
    }
}
