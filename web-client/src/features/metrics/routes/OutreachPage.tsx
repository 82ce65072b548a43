import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { GERMAN_STATES } from '@/lib/enums';
import { useAuth } from '@/lib/auth-context';
import { useMetricScopes } from '../api/get-metric-scopes';
import { REPORT_INTERVALS, useOutreachReport, type ReportInterval, type ReportQuery } from '../api/get-outreach-report';
import { FigureCards } from '../components/FigureCards';
import { formatDay } from '@/lib/format';
import { Narratives } from '../components/Narratives';
import { ReportCharts } from '../components/ReportCharts';
import { ReportCsvButton } from '../components/ReportCsvButton';
import { ReportFilters } from '../components/ReportFilters';
import { useCanManageMetrics } from './OutreachManagePage';
import '@/components/ui.css';
import '../metrics.css';

/** The demo's first 100 days: the range the dashboard opens with. */
export const DEFAULT_RANGE = { from: '2017-06-27', to: '2017-10-04' } as const;

/** Staff and advisors may pick scopes and states (advisors only within theirs; the API enforces it). */
export const SCOPE_ROLES = ['coordinator', 'admin', 'advisor'] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Range, interval, scope and state live in the address, so a view can be linked, reloaded and printed. */
function useReportParams(): [ReportQuery, (next: ReportQuery) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.get('from') ?? '';
  const to = searchParams.get('to') ?? '';
  const interval = searchParams.get('interval') ?? '';
  const state = searchParams.get('state') ?? '';
  const query: ReportQuery = {
    from: ISO_DAY.test(from) ? from : DEFAULT_RANGE.from,
    to: ISO_DAY.test(to) ? to : DEFAULT_RANGE.to,
    interval: (REPORT_INTERVALS as string[]).includes(interval) ? (interval as ReportInterval) : 'MONTH',
    state: (GERMAN_STATES as string[]).includes(state) ? (state as ReportQuery['state']) : undefined,
    scopeId: searchParams.get('scopeId') || undefined,
  };
  const set = (next: ReportQuery) => {
    const params = new URLSearchParams({ from: next.from, to: next.to, interval: next.interval ?? 'MONTH' });
    if (next.state) params.set('state', next.state);
    if (next.scopeId) params.set('scopeId', next.scopeId);
    setSearchParams(params, { replace: true });
  };
  return [query, set];
}

export function OutreachPage() {
  const { t, i18n } = useTranslation('metrics');
  const auth = useAuth();
  const seesScopes = auth.authenticated && SCOPE_ROLES.some((role) => auth.hasRole(role));
  const [query, setQuery] = useReportParams();
  const report = useOutreachReport(query);
  const scopes = useMetricScopes({ enabled: seesScopes });
  const data = report.data;
  const canManage = useCanManageMetrics();

  return (
    <div className="outreach">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="outreach__intro">{t('intro')}</p>
      {canManage && (
        <p className="outreach__manage">
          <Link to="/outreach/manage">{t('manage.link')}</Link>
        </p>
      )}
      <div className="outreach__controls">
        <ReportFilters query={query} onChange={setQuery} scopes={seesScopes ? (scopes.data ?? []) : undefined} />
        <div className="outreach__actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
          <ReportCsvButton query={query} />
        </div>
      </div>
      {report.isPending && <Loading label={t('loading')} />}
      {report.isError && <ErrorMessage error={report.error} />}
      {data && (
        <div className="outreach__report" aria-busy={report.isFetching}>
          <p className="outreach__range" aria-live="polite">
            {t('range', { from: formatDay(data.from, i18n.language), to: formatDay(data.to, i18n.language) })}
          </p>
          {data.publishedOnly && <p className="message">{t('publishedOnly')}</p>}
          <section className="report-section" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('facts.heading')}</h2>
            <FigureCards report={data} />
          </section>
          <ReportCharts report={data} />
          <Narratives report={data} />
        </div>
      )}
    </div>
  );
}
