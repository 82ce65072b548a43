import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
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

const milestonesQueryOptions = endpointQuery(milestonesQueryKey, getMilestones);

export function useMilestones(tandemId: string) {
  return useApiQuery((api) => milestonesQueryOptions(api, tandemId));
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
  return useApiMutation(updateMilestone, {
    invalidatesSettled: ({ tandemId }) => [milestonesQueryKey(tandemId), tandemQueryKey(tandemId), [...TANDEMS_KEY, 'list']],
  });
}
