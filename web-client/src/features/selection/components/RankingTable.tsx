import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { useStateName } from '@/lib/use-state-name';
import type { RankedCandidate, Round } from '../api/get-round';
import { DecisionBadge } from './DecisionBadge';

/** While the round is open every decision can be revised; the API keeps each one with its reason. */
export function isDecidable(candidate: RankedCandidate): boolean {
  return candidate.id !== '';
}

type RankingTableProps = {
  round: Round;
  /** Shows the "Entscheiden" buttons; only for roles that may decide, in an open round. */
  canDecide: boolean;
  onDecide: (candidate: RankedCandidate) => void;
  /** The section heading takes focus after a decision, when the button that opened the dialog may be gone. */
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * The round's candidates as the API ranks them, with their decisions: those scored on every active criterion
 * first, then the incomplete ones in a table of their own, ranked apart.
 */
export function RankingTable({ round, canDecide, onDecide, headingRef }: RankingTableProps) {
  const { t } = useTranslation('selection');
  const complete = round.candidates.filter((candidate) => candidate.complete);
  const incomplete = round.candidates.filter((candidate) => !candidate.complete);
  return (
    <section className="board-section" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading" ref={headingRef} tabIndex={-1}>
        {t('ranking.heading')}
      </h2>
      {complete.length > 0 && (
        <CandidateTable
          id="ranking-caption"
          caption={t('ranking.caption')}
          candidates={complete}
          canDecide={canDecide}
          onDecide={onDecide}
        />
      )}
      {incomplete.length > 0 && (
        <>
          <h3 id="incomplete-heading">{t('ranking.incompleteHeading')}</h3>
          <p className="muted">{t('ranking.incompleteText')}</p>
          <CandidateTable
            id="incomplete-caption"
            caption={t('ranking.incompleteCaption')}
            candidates={incomplete}
            canDecide={canDecide}
            onDecide={onDecide}
          />
        </>
      )}
    </section>
  );
}

type CandidateTableProps = {
  id: string;
  caption: string;
  candidates: RankedCandidate[];
  canDecide: boolean;
  onDecide: (candidate: RankedCandidate) => void;
};

function CandidateTable({ id, caption, candidates, canDecide, onDecide }: CandidateTableProps) {
  const { t } = useTranslation('selection');
  const stateName = useStateName();
  return (
    <DataTable
      captionId={id}
      caption={caption}
      className="ranking"
      columns={[
        { label: t('ranking.rank'), numeric: true },
        { label: t('ranking.organisation') },
        { label: t('ranking.place') },
        { label: t('ranking.weightedScore'), numeric: true },
        { label: t('ranking.criteriaScored'), numeric: true },
        { label: t('ranking.jurors'), numeric: true },
        { label: t('ranking.decision') },
        canDecide && { label: t('ranking.actions') },
      ]}
    >
      {candidates.map((candidate) => (
        <tr key={candidate.id}>
          <td className="data-table__number">
            {candidate.rank ?? (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('ranking.noRank')}</span>
              </>
            )}
          </td>
          <th scope="row">{candidate.organisation.name}</th>
          <td>
            {candidate.organisation.town}, {stateName(candidate.organisation.state)}
          </td>
          <td className="data-table__number">
            {candidate.weightedScore != null ? (
              t('ranking.score', { value: candidate.weightedScore })
            ) : (
              <span className="muted">{t('ranking.notScored')}</span>
            )}
          </td>
          <td className="data-table__number">
            {t('ranking.criteriaOf', { scored: candidate.criteriaScored, total: candidate.criteriaTotal })}
          </td>
          <td className="data-table__number">{candidate.jurorCount}</td>
          <td>
            <DecisionBadge decision={candidate.decision} />
            {candidate.rationale && <p className="ranking__rationale">{candidate.rationale}</p>}
            {candidate.decidedBy && (
              <p className="ranking__decided-by">{t('ranking.decidedBy', { name: candidate.decidedBy })}</p>
            )}
            {candidate.incompleteScoringReason && (
              <p className="ranking__rationale">{t('ranking.incompleteReason', { reason: candidate.incompleteScoringReason })}</p>
            )}
          </td>
          {canDecide && (
            <td>
              {isDecidable(candidate) && (
                <button type="button" className="button button--secondary button--small" onClick={() => onDecide(candidate)}>
                  {t('ranking.decide')}{' '}
                  <span className="visually-hidden">{t('ranking.decideFor', { name: candidate.organisation.name })}</span>
                </button>
              )}
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
