import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: PeriodTransitionVariables) => transitionPeriod(api, variables),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: REPORTING_PERIODS_KEY });
      await queryClient.invalidateQueries({ queryKey: ['outreach-report'] });
    },
  });
}
