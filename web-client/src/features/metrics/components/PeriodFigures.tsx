import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { useDerivedSources } from '../api/derived-sources';
import type { Indicator } from '../api/get-indicators';
import type { MetricScope } from '../api/get-metric-scopes';
import { useOutreachReport } from '../api/get-outreach-report';
import type { ReportingPeriod } from '../api/get-reporting-periods';
import { useMeasurements, type Measurement } from '../api/measurements';
import { CorrectionForm, EntryForm, useIndicatorName } from './FigureForms';
import { formatDay, formatNumber } from './format';
import { MeasurementHistory } from './MeasurementHistory';

/**
 * What was entered for one period and scope, indicator by indicator: manual figures with their values (to
 * correct, with their history) or an entry field where one is missing; derived figures with the records
 * they are counted from. Above the table: what is still missing before the period can be submitted.
 */
export function PeriodFigures({
  periods,
  scopes,
  indicators,
}: {
  periods: ReportingPeriod[];
  scopes: MetricScope[];
  indicators: Indicator[];
}) {
  const { t, i18n } = useTranslation('metrics');
  const id = useId();
  const nameOf = useIndicatorName();
  const [periodId, setPeriodId] = useState('');
  const [scopeId, setScopeId] = useState('');
  const period = periods.find((item) => item.id === periodId) ?? periods[0];
  const scope = scopes.find((item) => item.id === scopeId) ?? scopes[0];
  const ready = Boolean(period && scope);
  const range = { scopeId: scope?.id ?? '', from: period?.startsOn ?? '', to: period?.endsOn ?? '' };
  const measurements = useMeasurements(range, { enabled: ready });
  const report = useOutreachReport(range, { enabled: ready });
  const sources = useDerivedSources(range.scopeId, range.from, range.to, { enabled: ready });
  // Kept outside the value's list item: the correction replaces the value (and its item) before the form hears of it.
  const [correcting, setCorrecting] = useState<Measurement | null>(null);
  const [status, setStatus] = useState('');

  const manual = indicators.filter((indicator) => indicator.source === 'MANUAL');
  const derived = indicators.filter((indicator) => indicator.source === 'DERIVED');
  const valuesOf = (key: string): Measurement[] => (measurements.data ?? []).filter((m) => m.indicatorKey === key);
  const missing = manual.filter((indicator) => measurements.data && valuesOf(indicator.key).length === 0);
  const derivedValue = (key: string) => report.data?.indicators.find((figure) => figure.key === key)?.value;

  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.figures.heading')}</h2>
      <div className="figure-filters">
        <div className="form-field">
          <label htmlFor={`${id}-period`}>{t('manage.figures.period')}</label>
          <select id={`${id}-period`} value={period?.id ?? ''} onChange={(event) => setPeriodId(event.target.value)}>
            {periods.map((item) => (
              <option key={item.id} value={item.id}>
                {`${item.name} (${t(`manage.status.${item.status}`)})`}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-scope`}>{t('manage.figures.scope')}</label>
          <select id={`${id}-scope`} value={scope?.id ?? ''} onChange={(event) => setScopeId(event.target.value)}>
            {scopes.map((item) => (
              <option key={item.id} value={item.id}>
                {item.town ? `${item.name} (${item.town})` : item.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!ready && <p>{t('manage.figures.nothing')}</p>}
      {measurements.isPending && ready && <Loading label={t('manage.figures.loading')} />}
      {measurements.isError && <ErrorMessage error={measurements.error} />}
      {period && scope && measurements.data && (
        <>
          <div className={missing.length ? 'message' : 'message message--success'} id={`${id}-missing`}>
            {missing.length === 0 ? (
              <p>{t('manage.figures.complete')}</p>
            ) : (
              <>
                <p>{t('manage.figures.missing', { count: missing.length })}</p>
                <ul>
                  {missing.map((indicator) => (
                    <li key={indicator.key}>{nameOf(indicator)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <p role="status">{status}</p>
          <DataTable
            captionId={`${id}-caption`}
            caption={t('manage.figures.caption', {
              period: period.name,
              scope: scope.name,
              from: formatDay(period.startsOn, i18n.language),
              to: formatDay(period.endsOn, i18n.language),
            })}
            className="figure-table"
            columns={[
              { label: t('manage.figures.indicator') },
              { label: t('manage.figures.source') },
              { label: t('manage.figures.value'), numeric: true },
              { label: t('manage.figures.state') },
            ]}
          >
            {manual.map((indicator) => {
              const values = valuesOf(indicator.key);
              const name = nameOf(indicator);
              return (
                <tr key={indicator.key}>
                  <th scope="row">{name}</th>
                  <td>{t(`manage.figures.kind.${indicator.kind}`)}</td>
                  <td className="data-table__number">
                    {values.length === 0
                      ? '—'
                      : formatNumber(
                          values.reduce((sum, m) => sum + m.value, 0),
                          i18n.language,
                        )}
                  </td>
                  <td>
                    {values.length === 0 ? (
                      <>
                        <p className="figure-state figure-state--missing">{t('manage.figures.missingState')}</p>
                        <EntryForm indicator={indicator} scopeId={scope.id} period={period} />
                      </>
                    ) : (
                      <ul className="figure-values">
                        {values.map((m) => (
                          <li key={m.id}>
                            <p>
                              {t('manage.figures.entered', {
                                value: formatNumber(m.value, i18n.language),
                                days: m.asOf
                                  ? formatDay(m.asOf, i18n.language)
                                  : t('range', {
                                      from: formatDay(m.validFrom ?? '', i18n.language),
                                      to: formatDay(m.validTo ?? '', i18n.language),
                                    }),
                              })}
                              {m.correctsId && ` ${t('manage.figures.correctedMark')}`}
                            </p>
                            <button
                              type="button"
                              className="button button--secondary"
                              aria-expanded={correcting?.id === m.id}
                              onClick={() => setCorrecting(correcting?.id === m.id ? null : m)}
                            >
                              {t('manage.figures.correct', { name })}
                            </button>
                            <details className="figure-history">
                              <summary>{t('manage.figures.history', { name })}</summary>
                              <MeasurementHistory id={m.id} />
                            </details>
                          </li>
                        ))}
                      </ul>
                    )}
                    {correcting?.indicatorKey === indicator.key && (
                      <CorrectionForm
                        measurement={correcting}
                        name={name}
                        onDone={() => {
                          setCorrecting(null);
                          setStatus(t('manage.figures.corrected', { name }));
                        }}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
            {derived.map((indicator) => {
              const value = derivedValue(indicator.key);
              return (
                <tr key={indicator.key}>
                  <th scope="row">{nameOf(indicator)}</th>
                  <td>{t('manage.figures.derived')}</td>
                  <td className="data-table__number">{value === undefined ? '—' : formatNumber(value, i18n.language)}</td>
                  <td>
                    <a href={`#${id}-sources`}>{t(`manage.figures.derivation.${indicator.derivation ?? 'EVENTS_HELD'}`)}</a>
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <DerivedSourcesSection
            id={`${id}-sources`}
            scopeId={scope.id}
            from={period.startsOn}
            to={period.endsOn}
            sources={sources}
          />
        </>
      )}
    </section>
  );
}

function DerivedSourcesSection({
  id,
  sources,
}: {
  id: string;
  scopeId: string;
  from: string;
  to: string;
  sources: ReturnType<typeof useDerivedSources>;
}) {
  const { t, i18n } = useTranslation('metrics');
  return (
    <section aria-labelledby={id} className="derived-sources">
      <h3 id={id} tabIndex={-1}>
        {t('manage.sources.heading')}
      </h3>
      {sources.isPending && <Loading label={t('manage.sources.loading')} />}
      {sources.isError && <ErrorMessage error={sources.error} />}
      {sources.data && (
        <>
          <h4>{t('manage.sources.events', { count: sources.data.events.length })}</h4>
          {sources.data.events.length === 0 ? (
            <p>{t('manage.sources.none')}</p>
          ) : (
            <ul>
              {sources.data.events.map((event) => (
                <li key={event.id}>
                  {t('manage.sources.event', {
                    title: event.title,
                    day: formatDay(event.heldOn, i18n.language),
                    town: event.town,
                    participants: event.participants,
                  })}{' '}
                  {/* The events calendar's staff screen (a route of the events feature) publishes it. */}
                  <Link to={`/events/manage/${event.id}`} aria-label={t('manage.sources.publishLabel', { title: event.title })}>
                    {t('manage.sources.publish')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <h4>{t('manage.sources.initiatives', { count: sources.data.initiatives.length })}</h4>
          {sources.data.initiatives.length === 0 ? (
            <p>{t('manage.sources.none')}</p>
          ) : (
            <ul>
              {sources.data.initiatives.map((initiative) => (
                <li key={initiative.id}>
                  {t('manage.sources.initiative', {
                    name: initiative.name,
                    day: formatDay(initiative.supportedOn, i18n.language),
                  })}
                </li>
              ))}
            </ul>
          )}
          {sources.data.more && <p>{t('manage.sources.more')}</p>}
          <p>
            {t('manage.sources.coaching')} <Link to="/coaches">{t('manage.sources.coachingLink')}</Link>
          </p>
          <p>
            {t('manage.sources.views')} <Link to="/learning">{t('manage.sources.viewsLink')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
