import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { TANDEMS_KEY } from './get-tandems';

export type TandemSuggestionPage = components['schemas']['TandemSuggestions'];
export type TandemSuggestion = components['schemas']['TandemSuggestion'];
export type SuggestionReason = components['schemas']['SuggestionReason'];
export type SuggestionsParams = { conceptId: string; page: number; size: number };

/** The ranked candidates for a concept (staff only); those with an open tandem of the concept are left out. */
export async function getTandemSuggestions(
  api: ApiClient,
  { conceptId, page, size }: SuggestionsParams,
): Promise<TandemSuggestionPage> {
  return unwrap(
    await api.GET('/api/v1/transfer-concepts/{id}/tandem-suggestions', {
      params: { path: { id: conceptId }, query: { page, size } },
    }),
  );
}

export const getTandemSuggestionsQueryOptions = endpointQuery(
  (params: SuggestionsParams) => [...TANDEMS_KEY, 'suggestions', params],
  getTandemSuggestions,
);

export function useTandemSuggestions(params: SuggestionsParams) {
  return useApiQuery((api) => getTandemSuggestionsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
