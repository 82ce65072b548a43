import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
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
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateCoachingSessionVariables) => createCoachingSession(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachingAssignmentsKey }),
  });
}
