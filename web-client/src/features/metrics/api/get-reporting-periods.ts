import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type ReportingPeriod = components['schemas']['ReportingPeriodDetail'];
export type PeriodStatus = components['schemas']['PeriodStatus'];

export const REPORTING_PERIODS_KEY = ['reporting-periods'] as const;

/** The ETag the API expects in If-Match for a period of this version. */
export const periodEtag = versionEtag;

export async function getReportingPeriods(api: ApiClient): Promise<ReportingPeriod[]> {
  const page = unwrap(await api.GET('/api/v1/reporting-periods', { params: { query: { size: 100 } } }));
  return page.items;
}

const reportingPeriodsQueryOptions = endpointQuery(() => REPORTING_PERIODS_KEY, getReportingPeriods);

export function useReportingPeriods({ enabled = true }: { enabled?: boolean } = {}) {
  return useApiQuery(reportingPeriodsQueryOptions, { enabled });
}
