import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { REPORTING_PERIODS_KEY } from './get-reporting-periods';

export type NewReportingPeriod = components['schemas']['ReportingPeriodInput'];

export async function createReportingPeriod(api: ApiClient, period: NewReportingPeriod) {
  return unwrap(await api.POST('/api/v1/reporting-periods', { body: period }));
}

/** Adds a period; it starts OPEN and the list shows it. */
export function useCreateReportingPeriod() {
  return useApiMutation(createReportingPeriod, { invalidates: () => [REPORTING_PERIODS_KEY] });
}
