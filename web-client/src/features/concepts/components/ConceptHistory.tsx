import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useConceptHistory } from '../api/get-concept-history';

/**
 * The concept's lifecycle, latest step first: who took which step when, on which version, and the note they left
 * (for example what a reviewer asked to change). Shown to those who read the working copy: the organisation, its
 * coaches and programme staff; the API refuses it to everybody else.
 */
export function ConceptHistory({ conceptId }: { conceptId: string }) {
  const { t, i18n } = useTranslation('concepts');
  const history = useConceptHistory(conceptId);
  const headingId = useId();

  let body;
  if (history.isPending) body = <Loading label={t('history.loading')} />;
  else if (history.isError) body = <ErrorMessage error={history.error} />;
  else if (history.data.items.length === 0) body = <p className="muted">{t('history.empty')}</p>;
  else {
    const steps = [...history.data.items].reverse();
    body = (
      <>
        <ol className="concept-history">
          {steps.map((step, index) => (
            <li key={`${step.at}-${index}`} className="concept-history__step">
              <p className="concept-history__what">
                <strong>{t('history.step', { from: t(`status.${step.from}`), to: t(`status.${step.to}`) })}</strong>
                {step.versionNumber != null && <> · {t('history.version', { number: step.versionNumber })}</>}
              </p>
              <p className="concept-history__who muted">
                <time dateTime={step.at}>{formatDateTime(step.at, i18n.language)}</time>{' '}
                {t('history.by', { name: step.actorName })}
              </p>
              {step.note && (
                <blockquote className="concept-history__note">
                  <span className="visually-hidden">{t('history.note')}: </span>
                  {step.note}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
        {history.data.totalItems > history.data.items.length && (
          <p className="muted">{t('history.more', { shown: history.data.items.length, total: history.data.totalItems })}</p>
        )}
      </>
    );
  }
  return (
    <section className="concept-history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      {body}
    </section>
  );
}
