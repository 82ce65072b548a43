import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import type { JurorAssessment } from '../api/get-candidate-assessments';
import { useCandidatesAssessments } from '../api/get-candidate-assessments';
import type { Criterion } from '../api/get-criteria';
import type { RankedCandidate, Round } from '../api/get-round';
import { DecisionBadge } from './DecisionBadge';
import { localName } from './format';

export type ScoreTarget = { candidate: RankedCandidate; criterion: Criterion };

type ScoreMatrixProps = {
  round: Round;
  criteria: Criterion[];
  /** The signed-in juror, to find its own scores among all jurors' scores. */
  subject?: string;
  /** Shows "Bewerten"/"Ändern" in each cell of an undecided candidate. */
  canScore: boolean;
  onScore: (target: ScoreTarget) => void;
};

type Cell = { mean?: number; jurors: number; own?: JurorAssessment };

function cellOf(assessments: JurorAssessment[], criterionId: string, subject?: string): Cell {
  const scores = assessments.filter((assessment) => assessment.criterion.id === criterionId);
  const mean = scores.length > 0 ? scores.reduce((sum, a) => sum + a.score, 0) / scores.length : undefined;
  const own = subject ? scores.find((assessment) => assessment.jurorSubject === subject) : undefined;
  return { mean, jurors: scores.length, own };
}

/** Candidates × active criteria: per cell the jurors' mean score and how many jurors scored. */
export function ScoreMatrix({ round, criteria, subject, canScore, onScore }: ScoreMatrixProps) {
  const { t, i18n } = useTranslation('selection');
  const assessments = useCandidatesAssessments(
    round.id,
    round.candidates.map((candidate) => candidate.id),
  );

  if (criteria.length === 0) return <p>{t('matrix.noCriteria')}</p>;

  return (
    <DataTable
      captionId="matrix-caption"
      caption={t('matrix.caption')}
      className="matrix"
      columns={[
        { label: t('matrix.candidate') },
        ...criteria.map((criterion) => ({
          key: criterion.id,
          label: (
            <>
              {localName(criterion, i18n.language)}
              <span className="matrix__weight">{t('matrix.weight', { weight: criterion.weight })}</span>
            </>
          ),
        })),
      ]}
    >
      {round.candidates.map((candidate, index) => {
        const query = assessments[index];
        return (
          <tr key={candidate.id}>
            <th scope="row">
              {candidate.organisation.name}
              {candidate.decision && (
                <span className="matrix__decision">
                  <DecisionBadge decision={candidate.decision} />
                </span>
              )}
            </th>
            {!query || query.isPending ? (
              <td colSpan={criteria.length}>
                <Loading label={t('matrix.loading')} />
              </td>
            ) : query.isError ? (
              <td colSpan={criteria.length}>
                <ErrorMessage error={query.error} />
              </td>
            ) : (
              criteria.map((criterion) => {
                const cell = cellOf(query.data.items, criterion.id, subject);
                const context = t('matrix.cellContext', {
                  candidate: candidate.organisation.name,
                  criterion: localName(criterion, i18n.language),
                });
                return (
                  <td key={criterion.id} className="matrix__cell">
                    {cell.mean !== undefined ? (
                      <>
                        <span className="matrix__mean">
                          <span className="visually-hidden">{t('matrix.mean')} </span>
                          {t('matrix.meanValue', { value: cell.mean })}
                        </span>
                        <span className="matrix__jurors">{t('matrix.jurors', { count: cell.jurors })}</span>
                      </>
                    ) : (
                      <span className="muted">{t('matrix.noScore')}</span>
                    )}
                    {cell.own && <span className="matrix__own">{t('matrix.own', { score: cell.own.score })}</span>}
                    {canScore && !candidate.decision && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onScore({ candidate, criterion })}
                      >
                        {cell.own ? t('matrix.change') : t('matrix.rate')} <span className="visually-hidden">– {context}</span>
                      </button>
                    )}
                  </td>
                );
              })
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
