import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type NewMeasurement = components['schemas']['MeasurementInput'];

export async function createMeasurement(api: ApiClient, measurement: NewMeasurement) {
  return unwrap(await api.POST('/api/v1/measurements', { body: measurement }));
}

/** Saves a value; reports are refetched so the dashboard shows it. */
export function useCreateMeasurement() {
  return useApiMutation(createMeasurement, { invalidates: () => [['outreach-report'], ['measurements']] });
}
