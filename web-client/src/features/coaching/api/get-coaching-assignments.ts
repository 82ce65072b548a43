import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type CoachingAssignmentPage = components['schemas']['PageCoachingAssignmentSummary'];
export type CoachingAssignment = components['schemas']['CoachingAssignmentSummary'];
export type CoachingAssignmentsParams = { coachId: string; page: number; size: number };

/** Every key of assignments and their sessions starts with this, so one invalidation refreshes the hours. */
export const coachingAssignmentsKey = ['coaching-assignments'] as const;

export async function getCoachingAssignments(
  api: ApiClient,
  { coachId, page, size }: CoachingAssignmentsParams,
): Promise<CoachingAssignmentPage> {
  const data = unwrap(
    await api.GET('/api/v1/coaching-assignments', {
      params: { query: { coachId, page, size } },
      headers: { Accept: 'application/json' },
    }),
  );
  return data;
}

export function getCoachingAssignmentsQueryOptions(api: ApiClient, params: CoachingAssignmentsParams) {
  return queryOptions({
    queryKey: [...coachingAssignmentsKey, 'list', params],
    queryFn: () => getCoachingAssignments(api, params),
  });
}

export function useCoachingAssignments(params: CoachingAssignmentsParams) {
  const api = useApiClient();
  return useQuery({ ...getCoachingAssignmentsQueryOptions(api, params), placeholderData: keepPreviousData });
}
