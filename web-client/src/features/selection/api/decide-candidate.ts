import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { RankedCandidate } from './get-round';

export type CandidateDecision = components['schemas']['CandidateDecisionInput'];
export type DecideCandidateVariables = { roundId: string; candidateId: string; input: CandidateDecision };

export async function decideCandidate(
  api: ApiClient,
  { roundId, candidateId, input }: DecideCandidateVariables,
): Promise<RankedCandidate> {
  return unwrap(
    await api.POST('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/decision', {
      params: { path: { roundId, candidateId } },
      body: input,
    }),
  );
}

/** Decides on a candidate; the rounds (decided counts) and the board are refetched. */
export function useDecideCandidate() {
  return useApiMutation(decideCandidate, { invalidates: () => [['selection-rounds']] });
}
