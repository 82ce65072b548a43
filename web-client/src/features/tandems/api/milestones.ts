import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { tandemQueryKey, versionEtag } from './get-tandem';
import { TANDEMS_KEY } from './get-tandems';

export type Milestone = components['schemas']['Milestone'];
export type MilestoneStatus = components['schemas']['MilestoneStatus'];
export type MilestoneChange = components['schemas']['MilestoneInput'];
export type MilestonePage = components['schemas']['PageMilestone'];

export function milestonesQueryKey(tandemId: string) {
  return [...TANDEMS_KEY, 'milestones', tandemId] as const;
}

/** All milestones of a tandem (one per transfer-plan step, so one page of 100 holds them). */
export async function getMilestones(api: ApiClient, tandemId: string): Promise<MilestonePage> {
  return unwrap(
    await api.GET('/api/v1/tandems/{id}/milestones', { params: { path: { id: tandemId }, query: { page: 0, size: 100 } } }),
  );
}

export function useMilestones(tandemId: string) {
  const api = useApiClient();
  return useQuery(
    queryOptions({ queryKey: milestonesQueryKey(tandemId), queryFn: () => getMilestones(api, tandemId) }),
  );
}

export type UpdateMilestoneVariables = { tandemId: string; milestone: Milestone; change: MilestoneChange };

/** Replaces the milestone's editable fields with If-Match: 412 when somebody saved since it was read. */
export async function updateMilestone(api: ApiClient, { tandemId, milestone, change }: UpdateMilestoneVariables) {
  return unwrap(
    await api.PUT('/api/v1/tandems/{id}/milestones/{milestoneId}', {
      params: { path: { id: tandemId, milestoneId: milestone.id }, header: { 'If-Match': versionEtag(milestone.version) } },
      body: change,
    }),
  );
}

/** Saves a milestone; the list and the tandem's progress are refetched. */
export function useUpdateMilestone() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateMilestoneVariables) => updateMilestone(api, variables),
    onSettled: (_data, _error, { tandemId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: milestonesQueryKey(tandemId) }),
        queryClient.invalidateQueries({ queryKey: tandemQueryKey(tandemId) }),
        queryClient.invalidateQueries({ queryKey: [...TANDEMS_KEY, 'list'] }),
      ]),
  });
}
