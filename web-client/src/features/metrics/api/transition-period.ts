import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { periodEtag, REPORTING_PERIODS_KEY, type PeriodStatus, type ReportingPeriod } from './get-reporting-periods';

export type PeriodTransitionVariables = { period: ReportingPeriod; to: PeriodStatus };

/** One workflow step, with If-Match of the version shown (412 when someone else was faster). */
export async function transitionPeriod(api: ApiClient, { period, to }: PeriodTransitionVariables): Promise<ReportingPeriod> {
  return unwrap(
    await api.POST('/api/v1/reporting-periods/{id}/transitions', {
      params: { path: { id: period.id }, header: { 'If-Match': periodEtag(period.version) } },
      body: { to },
    }),
  );
}

/** Takes the step; the list and every report are refetched (a LOCKED period changes the published figures). */
export function useTransitionPeriod() {
  return useApiMutation(transitionPeriod, { invalidatesSettled: () => [REPORTING_PERIODS_KEY, ['outreach-report']] });
}
