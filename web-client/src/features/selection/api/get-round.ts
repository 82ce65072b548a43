import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Round = components['schemas']['Round'];
export type RankedCandidate = components['schemas']['RankedCandidate'];
export type SelectionDecision = components['schemas']['SelectionDecision'];

/** Everything under this key belongs to one round: the round itself and its candidates' assessments. */
export function roundQueryKey(roundId: string) {
  return ['selection-rounds', 'detail', roundId] as const;
}

export async function getRound(api: ApiClient, roundId: string): Promise<Round> {
  return unwrap(await api.GET('/api/v1/selection-rounds/{roundId}', { params: { path: { roundId } } }));
}

export const getRoundQueryOptions = endpointQuery(roundQueryKey, getRound);

export function useRound(roundId: string, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => getRoundQueryOptions(api, roundId), { enabled });
}
