import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Measurement = components['schemas']['MeasurementDetail'];
export type MeasurementCorrection = components['schemas']['MeasurementCorrectionInput'];
export type MeasurementFilter = { scopeId: string; from: string; to: string };

export const MEASUREMENTS_KEY = ['measurements'] as const;

/** The current values of one scope whose days touch the range (at most 100: a period's manual figures). */
export async function getMeasurements(api: ApiClient, filter: MeasurementFilter): Promise<Measurement[]> {
  const page = unwrap(await api.GET('/api/v1/measurements', { params: { query: { ...filter, size: 100 } } }));
  return page.items;
}

const measurementsQueryOptions = endpointQuery((filter: MeasurementFilter) => [...MEASUREMENTS_KEY, filter], getMeasurements);

export function useMeasurements(filter: MeasurementFilter, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => measurementsQueryOptions(api, filter), { enabled });
}

/** One value with every version of it, oldest first. */
export async function getMeasurement(api: ApiClient, id: string): Promise<Measurement> {
  return unwrap(await api.GET('/api/v1/measurements/{id}', { params: { path: { id } } }));
}

const measurementQueryOptions = endpointQuery((id: string) => [...MEASUREMENTS_KEY, 'one', id], getMeasurement);

export function useMeasurement(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useApiQuery((api) => measurementQueryOptions(api, id), { enabled });
}

export async function correctMeasurement(
  api: ApiClient,
  { id, correction }: { id: string; correction: MeasurementCorrection },
): Promise<Measurement> {
  return unwrap(await api.POST('/api/v1/measurements/{id}/corrections', { params: { path: { id } }, body: correction }));
}

/** A correction replaces the value in the lists and the reports; the old one stays in its history. */
export function useCorrectMeasurement() {
  return useApiMutation(correctMeasurement, { invalidates: () => [MEASUREMENTS_KEY, ['outreach-report']] });
}
