import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
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

export function useActivities(tandemId: string) {
  const api = useApiClient();
  return useQuery(
    queryOptions({ queryKey: activitiesQueryKey(tandemId), queryFn: () => getActivities(api, tandemId) }),
  );
}

export function useCreateActivity(tandemId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewTandemActivity) =>
      unwrap(await api.POST('/api/v1/tandems/{id}/activities', { params: { path: { id: tandemId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activitiesQueryKey(tandemId) }),
  });
}
