import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type NewMeasurement = components['schemas']['MeasurementInput'];

export async function createMeasurement(api: ApiClient, measurement: NewMeasurement) {
  return unwrap(await api.POST('/api/v1/measurements', { body: measurement }));
}

/** Saves a value; reports are refetched so the dashboard shows it. */
export function useCreateMeasurement() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (measurement: NewMeasurement) => createMeasurement(api, measurement),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outreach-report'] }),
  });
}
