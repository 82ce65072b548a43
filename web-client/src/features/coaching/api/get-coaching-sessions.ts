import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { coachingAssignmentsKey } from './get-coaching-assignments';

export type CoachingSessionPage = components['schemas']['PageCoachingSessionDetail'];
export type CoachingSession = components['schemas']['CoachingSessionDetail'];

export const SESSION_PAGE_SIZE = 10;

export function coachingSessionsKey(assignmentId: string) {
  return [...coachingAssignmentsKey, assignmentId, 'sessions'] as const;
}

export async function getCoachingSessions(api: ApiClient, assignmentId: string, page: number): Promise<CoachingSessionPage> {
  return unwrap(
    await api.GET('/api/v1/coaching-assignments/{id}/sessions', {
      params: { path: { id: assignmentId }, query: { page, size: SESSION_PAGE_SIZE } },
    }),
  );
}

/** Sessions latest first, a page at a time ("Weitere Sitzungen laden"). */
export function getCoachingSessionsQueryOptions(api: ApiClient, assignmentId: string) {
  return infiniteQueryOptions({
    queryKey: coachingSessionsKey(assignmentId),
    queryFn: ({ pageParam }) => getCoachingSessions(api, assignmentId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.page + 1 < last.totalPages ? last.page + 1 : undefined),
  });
}

export function useCoachingSessions(assignmentId: string) {
  const api = useApiClient();
  return useInfiniteQuery(getCoachingSessionsQueryOptions(api, assignmentId));
}
