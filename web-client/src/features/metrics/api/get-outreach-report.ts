import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components, operations } from '@/lib/api/schema';

export type OutreachReport = components['schemas']['OutreachReport'];
export type ReportIndicatorFigures = components['schemas']['ReportIndicatorFigures'];
export type ReportInterval = components['schemas']['ReportInterval'];
export type ReportQuery = operations['getOutreachReport']['parameters']['query'];

export const REPORT_INTERVALS: ReportInterval[] = ['WEEK', 'MONTH', 'QUARTER'];

/** Only the set parameters: empty scope or state means "all I may see". */
export function reportQuery(query: ReportQuery): ReportQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as ReportQuery;
}

export async function getOutreachReport(api: ApiClient, query: ReportQuery): Promise<OutreachReport> {
  return unwrap(
    await api.GET('/api/v1/outreach-report', { params: { query: reportQuery(query) }, headers: { Accept: 'application/json' } }),
  );
}

export const getOutreachReportQueryOptions = endpointQuery(
  (query: ReportQuery) => ['outreach-report', reportQuery(query)],
  getOutreachReport,
);

/** Keeps the last report on screen while the next range loads, so the page does not jump. */
export function useOutreachReport(query: ReportQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useApiQuery((api) => getOutreachReportQueryOptions(api, query), { enabled, placeholderData: keepPreviousData });
}
