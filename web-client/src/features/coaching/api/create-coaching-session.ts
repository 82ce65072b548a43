import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { coachingAssignmentsKey } from './get-coaching-assignments';
import type { CoachingSession } from './get-coaching-sessions';

export type NewCoachingSession = components['schemas']['CoachingSessionInput'];
export type SessionFormat = components['schemas']['SessionFormat'];
export type CreateCoachingSessionVariables = { assignmentId: string; input: NewCoachingSession };

export async function createCoachingSession(
  api: ApiClient,
  { assignmentId, input }: CreateCoachingSessionVariables,
): Promise<CoachingSession> {
  return unwrap(
    await api.POST('/api/v1/coaching-assignments/{id}/sessions', {
      params: { path: { id: assignmentId } },
      body: input,
    }),
  );
}

/** Logs a session; the assignments (hours used) and the session log are refetched. */
export function useCreateCoachingSession() {
  return useApiMutation(createCoachingSession, { invalidates: () => [coachingAssignmentsKey] });
}
