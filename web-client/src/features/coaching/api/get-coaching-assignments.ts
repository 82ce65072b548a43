import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type CoachingAssignmentPage = components['schemas']['PageCoachingAssignmentSummary'];
export type CoachingAssignment = components['schemas']['CoachingAssignmentSummary'];
/** A coach's assignments (coachId) or an organisation's (organisationId). */
export type CoachingAssignmentsParams = { coachId?: string; organisationId?: string; page: number; size: number };

/** Every key of assignments and their sessions starts with this, so one invalidation refreshes the hours. */
export const coachingAssignmentsKey = ['coaching-assignments'] as const;

export async function getCoachingAssignments(
  api: ApiClient,
  { coachId, organisationId, page, size }: CoachingAssignmentsParams,
): Promise<CoachingAssignmentPage> {
  const query = { ...(coachId ? { coachId } : {}), ...(organisationId ? { organisationId } : {}), page, size };
  return unwrap(await api.GET('/api/v1/coaching-assignments', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getCoachingAssignmentsQueryOptions = endpointQuery(
  (params: CoachingAssignmentsParams) => [...coachingAssignmentsKey, 'list', params],
  getCoachingAssignments,
);

export function useCoachingAssignments(params: CoachingAssignmentsParams) {
  return useApiQuery((api) => getCoachingAssignmentsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
