import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { RankedCandidate } from './get-round';

export type CandidateDecision = components['schemas']['CandidateDecisionInput'];
/** The decision on the candidate in the version shown: 412 when someone else decided meanwhile. */
export type DecideCandidateVariables = { roundId: string; candidateId: string; version: number; input: CandidateDecision };

export async function decideCandidate(
  api: ApiClient,
  { roundId, candidateId, version, input }: DecideCandidateVariables,
): Promise<RankedCandidate> {
  return unwrap(
    await api.POST('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/decision', {
      params: { path: { roundId, candidateId }, header: { 'If-Match': versionEtag(version) } },
      body: input,
    }),
  );
}

/** Decides on a candidate; the rounds (decided counts) and the board are refetched. */
export function useDecideCandidate() {
  return useApiMutation(decideCandidate, { invalidates: () => [['selection-rounds']] });
}
