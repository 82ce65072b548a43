import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { Round } from './get-round';

export type RoundInput = components['schemas']['RoundInput'];
export type RoundUpdateInput = components['schemas']['RoundUpdateInput'];
export type RoundVersion = { round: Round; etag: string };

export async function getRoundVersion(api: ApiClient, roundId: string): Promise<RoundVersion> {
  const result = await api.GET('/api/v1/selection-rounds/{roundId}', { params: { path: { roundId } } });
  const round = unwrap(result);
  return { round, etag: answerEtag(result.response, round.version) };
}

export async function createRound(api: ApiClient, input: RoundInput): Promise<Round> {
  return unwrap(await api.POST('/api/v1/selection-rounds', { body: input }));
}

/** Renames, closes or reopens a round with If-Match; 412 when somebody saved since that version was read. */
export async function updateRound(
  api: ApiClient,
  { id, etag, input }: { id: string; etag: string; input: RoundUpdateInput },
): Promise<RoundVersion> {
  const result = await api.PUT('/api/v1/selection-rounds/{roundId}', {
    params: { path: { roundId: id }, header: { 'If-Match': etag } },
    body: input,
  });
  const round = unwrap(result);
  return { round, etag: answerEtag(result.response, round.version) };
}

const afterChange = () => [['selection-rounds']] as const;

export function useCreateRound() {
  return useApiMutation(createRound, { invalidates: afterChange });
}

export function useUpdateRound() {
  return useApiMutation(updateRound, { invalidates: afterChange });
}

export type RoundsFilter = { status?: 'OPEN' | 'CLOSED'; page: number; size: number };

export async function getRoundsFiltered(api: ApiClient, { status, page, size }: RoundsFilter) {
  const query = { page, size, ...(status ? { status } : {}) };
  return unwrap(await api.GET('/api/v1/selection-rounds', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getRoundsFilteredQueryOptions = endpointQuery(
  (params: RoundsFilter) => ['selection-rounds', 'list', 'filtered', params],
  getRoundsFiltered,
);

export function useRoundsFiltered(params: RoundsFilter) {
  return useApiQuery((api) => getRoundsFilteredQueryOptions(api, params), { placeholderData: keepPreviousData });
}

export const getRoundVersionQueryOptions = endpointQuery(
  (roundId: string) => ['selection-rounds', 'version', roundId],
  getRoundVersion,
  { staleTime: 0 },
);

export function useRoundVersion(roundId: string) {
  return useApiQuery((api) => getRoundVersionQueryOptions(api, roundId));
}
