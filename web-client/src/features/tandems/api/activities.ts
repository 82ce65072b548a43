import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { TANDEMS_KEY } from './get-tandems';

export type TandemActivity = components['schemas']['TandemActivityDetail'];
export type TandemActivityPage = components['schemas']['PageTandemActivityDetail'];
export type NewTandemActivity = components['schemas']['TandemActivityInput'];
export type ActivityType = components['schemas']['ActivityType'];

export function activitiesQueryKey(tandemId: string) {
  return [...TANDEMS_KEY, 'activities', tandemId] as const;
}

/** The latest 100 activities of a tandem, latest first. */
export async function getActivities(api: ApiClient, tandemId: string): Promise<TandemActivityPage> {
  return unwrap(
    await api.GET('/api/v1/tandems/{id}/activities', { params: { path: { id: tandemId }, query: { page: 0, size: 100 } } }),
  );
}

const activitiesQueryOptions = endpointQuery(activitiesQueryKey, getActivities);

export function useActivities(tandemId: string) {
  return useApiQuery((api) => activitiesQueryOptions(api, tandemId));
}

export async function createActivity(api: ApiClient, tandemId: string, input: NewTandemActivity): Promise<TandemActivity> {
  return unwrap(await api.POST('/api/v1/tandems/{id}/activities', { params: { path: { id: tandemId } }, body: input }));
}

export function useCreateActivity(tandemId: string) {
  return useApiMutation((api, input: NewTandemActivity) => createActivity(api, tandemId, input), {
    invalidates: () => [activitiesQueryKey(tandemId)],
  });
}
