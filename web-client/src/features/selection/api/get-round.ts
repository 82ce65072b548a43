import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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

export function getRoundQueryOptions(api: ApiClient, roundId: string) {
  return queryOptions({ queryKey: roundQueryKey(roundId), queryFn: () => getRound(api, roundId) });
}

export function useRound(roundId: string, { enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getRoundQueryOptions(api, roundId), enabled });
}
