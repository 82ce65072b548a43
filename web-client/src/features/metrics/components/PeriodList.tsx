import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useReportingPeriods, type PeriodStatus, type ReportingPeriod } from '../api/get-reporting-periods';
import { useTransitionPeriod } from '../api/transition-period';
import { formatDay } from '@/lib/format';

/**
 * Reporting periods with the workflow steps the API offers the caller (submit, approve, lock; back to open), each
 * sent with If-Match. Four eyes: whoever submitted a period is not offered its approval and is told why. Locking
 * is final and asks for confirmation first.
 */
export function PeriodList() {
  const { t, i18n } = useTranslation('metrics');
  const periods = useReportingPeriods();
  const transition = useTransitionPeriod();
  const [done, setDone] = useState('');
  const [locking, setLocking] = useState<ReportingPeriod | null>(null);
  const take = (period: ReportingPeriod, to: PeriodStatus) => {
    setDone('');
    transition.mutate(
      { period, to },
      {
        onSuccess: (updated) => {
          setLocking(null);
          setDone(t('manage.periods.done', { name: updated.name, status: t(`manage.status.${updated.status}`) }));
        },
      },
    );
  };
  return (
    <section className="report-section" aria-labelledby="periods-heading">
      <h2 id="periods-heading">{t('manage.periods.heading')}</h2>
      {periods.isPending && <Loading label={t('manage.periods.loading')} />}
      {periods.isError && <ErrorMessage error={periods.error} />}
      <p role="status">{done}</p>
      {transition.isError && !locking && (
        <ProblemAlert
          error={transition.error}
          messages={{ 403: t('manage.periods.forbidden'), 409: t('manage.periods.conflict'), 412: t('manage.periods.stale') }}
        />
      )}
      {periods.data && (
        <table className="period-table">
          <thead>
            <tr>
              <th scope="col">{t('manage.periods.name')}</th>
              <th scope="col">{t('manage.periods.dates')}</th>
              <th scope="col">{t('manage.periods.status')}</th>
              <th scope="col">{t('manage.periods.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.data.map((period) => (
              <tr key={period.id}>
                <th scope="row">{period.name}</th>
                <td>
                  {t('range', { from: formatDay(period.startsOn, i18n.language), to: formatDay(period.endsOn, i18n.language) })}
                </td>
                <td>
                  {t(`manage.status.${period.status}`)}
                  {period.submittedByYou && period.status === 'SUBMITTED' && (
                    <p className="period-table__note">{t('manage.periods.fourEyes')}</p>
                  )}
                </td>
                <td>
                  {period.allowedTransitions.length === 0
                    ? t('manage.periods.none')
                    : period.allowedTransitions.map((to) => (
                        <button
                          key={to}
                          type="button"
                          className="button button--secondary"
                          aria-label={`${t(`manage.step.${to}`)}: ${period.name}`}
                          disabled={transition.isPending}
                          onClick={() => (to === 'LOCKED' ? setLocking(period) : take(period, to))}
                        >
                          {t(`manage.step.${to}`)}
                        </button>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {locking && (
        <ConfirmDialog
          action={t('manage.step.LOCKED')}
          subject={t('manage.periods.subject', { name: locking.name })}
          consequence={t('manage.periods.lockConsequence')}
          irreversible
          pending={transition.isPending}
          onConfirm={() => take(locking, 'LOCKED')}
          onCancel={() => setLocking(null)}
        >
          {transition.isError && (
            <ProblemAlert
              error={transition.error}
              messages={{ 409: t('manage.periods.conflict'), 412: t('manage.periods.stale') }}
            />
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
