import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { coachingAssignmentsKey } from './get-coaching-assignments';
import type { NewCoachingSession } from './create-coaching-session';
import type { CoachingSession } from './get-coaching-sessions';

export type UpdateCoachingSessionVariables = { assignmentId: string; sessionId: string; input: NewCoachingSession };

/**
 * Corrects a session in the version read just before (the list carries no versions); the API refuses it (409) when
 * the session's reporting period no longer takes changes, or when the corrected time goes beyond the budget without
 * a reason.
 */
export async function updateCoachingSession(
  api: ApiClient,
  { assignmentId, sessionId, input }: UpdateCoachingSessionVariables,
): Promise<CoachingSession> {
  const path = { id: assignmentId, sessionId };
  const read = await api.GET('/api/v1/coaching-assignments/{id}/sessions/{sessionId}', { params: { path } });
  unwrap(read);
  const etag = read.response.headers.get('ETag') ?? '"0"';
  return unwrap(
    await api.PUT('/api/v1/coaching-assignments/{id}/sessions/{sessionId}', {
      params: { path, header: { 'If-Match': etag } },
      body: input,
    }),
  );
}

/** Corrects a session; the assignments (hours used) and the session log are refetched. */
export function useUpdateCoachingSession() {
  return useApiMutation(updateCoachingSession, { invalidates: () => [coachingAssignmentsKey] });
}
