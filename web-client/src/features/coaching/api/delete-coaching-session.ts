import type { ApiClient } from '@/lib/api/client';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { coachingAssignmentsKey } from './get-coaching-assignments';

export type DeleteCoachingSessionVariables = { assignmentId: string; sessionId: string };

/**
 * Deletes a session in the version read just before (the list carries no versions); the API refuses it (409) when
 * the session's reporting period no longer takes changes.
 */
export async function deleteCoachingSession(api: ApiClient, { assignmentId, sessionId }: DeleteCoachingSessionVariables) {
  const path = { id: assignmentId, sessionId };
  const read = await api.GET('/api/v1/coaching-assignments/{id}/sessions/{sessionId}', { params: { path } });
  unwrap(read);
  const etag = read.response.headers.get('ETag') ?? '"0"';
  ensureOk(
    await api.DELETE('/api/v1/coaching-assignments/{id}/sessions/{sessionId}', {
      params: { path, header: { 'If-Match': etag } },
    }),
  );
}

/** Deletes a session; the assignments (hours used) and the session log are refetched. */
export function useDeleteCoachingSession() {
  return useApiMutation(deleteCoachingSession, { invalidates: () => [coachingAssignmentsKey] });
}
