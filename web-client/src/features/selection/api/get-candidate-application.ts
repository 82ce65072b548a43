import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { roundQueryKey } from './get-round';

export type CandidateApplication = components['schemas']['CandidateApplication'];

export function candidateApplicationQueryKey(roundId: string, candidateId: string) {
  return [...roundQueryKey(roundId), 'candidates', candidateId, 'application'] as const;
}

/** The candidate's organisation profile as the jury reads it while scoring (no contact persons). */
export async function getCandidateApplication(
  api: ApiClient,
  roundId: string,
  candidateId: string,
): Promise<CandidateApplication> {
  return unwrap(
    await api.GET('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/application', {
      params: { path: { roundId, candidateId } },
    }),
  );
}

export const getCandidateApplicationQueryOptions = endpointQuery(candidateApplicationQueryKey, getCandidateApplication, {
  // A profile changes rarely; reopening the dialog for another criterion needs no new request.
  staleTime: 5 * 60_000,
});

export function useCandidateApplication(roundId: string, candidateId: string) {
  return useApiQuery((api) => getCandidateApplicationQueryOptions(api, roundId, candidateId));
}
