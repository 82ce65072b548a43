import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type ReportingPeriod = components['schemas']['ReportingPeriodDetail'];
export type PeriodStatus = components['schemas']['PeriodStatus'];

export const REPORTING_PERIODS_KEY = ['reporting-periods'] as const;

/** The ETag the API expects in If-Match for a period of this version. */
export const periodEtag = (version: number) => `"${version}"`;

export async function getReportingPeriods(api: ApiClient): Promise<ReportingPeriod[]> {
  const page = unwrap(await api.GET('/api/v1/reporting-periods', { params: { query: { size: 100 } } }));
  return page.items;
}

export function useReportingPeriods() {
  const api = useApiClient();
  return useQuery(queryOptions({ queryKey: REPORTING_PERIODS_KEY, queryFn: () => getReportingPeriods(api) }));
}
