import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDate } from '@/lib/format';
import { useSelectionHistory } from '../api/get-selection-history';

/**
 * The selection rounds on the internal profile (staff): per round every decision with its reason, oldest first,
 * so a revised decision shows beside the one it replaced.
 */
export function SelectionHistory({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation('organisations');
  const history = useSelectionHistory(organisationId, true);
  return (
    <section aria-labelledby="selection-history">
      <h2 id="selection-history">{t('selection.heading')}</h2>
      {history.isPending && <Loading label={t('selection.loading')} />}
      {history.isError && <ErrorMessage error={history.error} />}
      {history.data && history.data.candidacies.length === 0 && <p>{t('selection.none')}</p>}
      {history.data?.candidacies.map((candidacy) => (
        <article key={candidacy.candidateId} aria-labelledby={`round-${candidacy.candidateId}`}>
          <h3 id={`round-${candidacy.candidateId}`}>{candidacy.round.name}</h3>
          {candidacy.decisions.length === 0 ? (
            <p>{t('selection.undecided')}</p>
          ) : (
            <ol className="selection-decisions">
              {candidacy.decisions.map((decision, index) => (
                <li key={`${decision.decidedAt}-${index}`}>
                  <p>
                    <strong>{t(`selection.decision.${decision.decision}`)}</strong>{' '}
                    {t('selection.decidedBy', { name: decision.decidedBy, date: formatDate(decision.decidedAt, i18n.language) })}
                    {index < candidacy.decisions.length - 1 && ` ${t('selection.revised')}`}
                  </p>
                  <p>{t('selection.rationale', { text: decision.rationale })}</p>
                  {decision.incompleteScoringReason && (
                    <p>{t('selection.incomplete', { text: decision.incompleteScoringReason })}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </section>
  );
}
