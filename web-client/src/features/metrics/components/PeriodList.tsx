import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useReportingPeriods } from '../api/get-reporting-periods';
import { useTransitionPeriod } from '../api/transition-period';
import { formatDay } from '@/lib/format';

/** Reporting periods with their workflow steps (submit, approve, lock; back to open), each sent with If-Match. */
export function PeriodList() {
  const { t, i18n } = useTranslation('metrics');
  const periods = useReportingPeriods();
  const transition = useTransitionPeriod();
  const [done, setDone] = useState('');
  return (
    <section className="report-section" aria-labelledby="periods-heading">
      <h2 id="periods-heading">{t('manage.periods.heading')}</h2>
      {periods.isPending && <Loading label={t('manage.periods.loading')} />}
      {periods.isError && <ErrorMessage error={periods.error} />}
      <p role="status">{done}</p>
      {transition.isError && (
        <ProblemAlert error={transition.error} messages={{ 409: t('manage.periods.conflict'), 412: t('manage.periods.stale') }} />
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
                <td>{t(`manage.status.${period.status}`)}</td>
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
                          onClick={() => {
                            setDone('');
                            transition.mutate(
                              { period, to },
                              {
                                onSuccess: (updated) =>
                                  setDone(
                                    t('manage.periods.done', {
                                      name: updated.name,
                                      status: t(`manage.status.${updated.status}`),
                                    }),
                                  ),
                              },
                            );
                          }}
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
    </section>
  );
}
