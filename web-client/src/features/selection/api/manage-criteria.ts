import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { Criterion } from './get-criteria';

export type CriterionInput = components['schemas']['CriterionInput'];
export type CriterionUpdateInput = components['schemas']['CriterionUpdateInput'];
export type CriterionPage = components['schemas']['PageCriterion'];
export type CriteriaParams = { active?: boolean; page: number; size: number };
export type CriterionVersion = { criterion: Criterion; etag: string };

/** Every criteria query (the board's active list too) starts with this key, so a change refreshes them all. */
const criteriaKey = ['selection-criteria'] as const;

export async function getCriteriaPage(api: ApiClient, { active, page, size }: CriteriaParams): Promise<CriterionPage> {
  const query = { page, size, ...(active === undefined ? {} : { active }) };
  return unwrap(await api.GET('/api/v1/selection-criteria', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getCriteriaPageQueryOptions = endpointQuery(
  (params: CriteriaParams) => [...criteriaKey, 'page', params],
  getCriteriaPage,
);

export function useCriteriaPage(params: CriteriaParams) {
  return useApiQuery((api) => getCriteriaPageQueryOptions(api, params), { placeholderData: keepPreviousData });
}

export async function getCriterion(api: ApiClient, id: string): Promise<CriterionVersion> {
  const result = await api.GET('/api/v1/selection-criteria/{id}', { params: { path: { id } } });
  const criterion = unwrap(result);
  return { criterion, etag: answerEtag(result.response, criterion.version) };
}

export const getCriterionQueryOptions = endpointQuery((id: string) => [...criteriaKey, 'detail', id], getCriterion, {
  staleTime: 0,
});

export function useCriterion(id: string) {
  return useApiQuery((api) => getCriterionQueryOptions(api, id));
}

export async function createCriterion(api: ApiClient, input: CriterionInput): Promise<Criterion> {
  return unwrap(await api.POST('/api/v1/selection-criteria', { body: input }));
}

/** Saves with If-Match; 412 when somebody saved since that version was read. */
export async function updateCriterion(
  api: ApiClient,
  { id, etag, input }: { id: string; etag: string; input: CriterionUpdateInput },
): Promise<CriterionVersion> {
  const result = await api.PUT('/api/v1/selection-criteria/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  const criterion = unwrap(result);
  return { criterion, etag: answerEtag(result.response, criterion.version) };
}

/** A new or changed criterion changes the catalogue and the weighted scores of every open round. */
const afterChange = () => [criteriaKey, ['selection-rounds']] as const;

export function useCreateCriterion() {
  return useApiMutation(createCriterion, { invalidates: afterChange });
}

export function useUpdateCriterion() {
  return useApiMutation(updateCriterion, { invalidates: afterChange });
}
