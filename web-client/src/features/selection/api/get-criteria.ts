import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Criterion = components['schemas']['Criterion'];

/** The API's largest page; the catalogue is a short, curated list. */
const CRITERIA_PAGE_SIZE = 100;

/** The active criteria in catalogue order: only they are scored and count towards the weighted score. */
export async function getActiveCriteria(api: ApiClient): Promise<Criterion[]> {
  const page = unwrap(
    await api.GET('/api/v1/selection-criteria', {
      params: { query: { active: true, page: 0, size: CRITERIA_PAGE_SIZE } },
      headers: { Accept: 'application/json' },
    }),
  );
  return page.items;
}

export const getActiveCriteriaQueryOptions = endpointQuery(() => ['selection-criteria', { active: true }], getActiveCriteria, {
  staleTime: 5 * 60_000,
});

export function useActiveCriteria() {
  return useApiQuery(getActiveCriteriaQueryOptions);
}
