import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { LEARNING_KEY, type LearningModulePage } from './get-learning-modules';

export type ModuleStatus = components['schemas']['ModuleStatus'];
export type AuthoringModulesParams = {
  page: number;
  size: number;
  /** Only the caller's own modules (its coach profile or organisation). */
  mine: boolean;
  status?: ModuleStatus;
};

/** Modules to work on: the caller's own (mine) or, for staff, every module; in any status the caller may read. */
export async function getAuthoringModules(
  api: ApiClient,
  { page, size, mine, status }: AuthoringModulesParams,
): Promise<LearningModulePage> {
  return unwrap(
    await api.GET('/api/v1/learning-modules', {
      params: { query: { page, size, ...(mine ? { mine } : {}), ...(status ? { status: [status] } : {}) } },
    }),
  );
}

export const getAuthoringModulesQueryOptions = endpointQuery(
  (params: AuthoringModulesParams) => [...LEARNING_KEY, 'authoring', params],
  getAuthoringModules,
);

export function useAuthoringModules(params: AuthoringModulesParams) {
  return useApiQuery((api) => getAuthoringModulesQueryOptions(api, params), { placeholderData: keepPreviousData });
}
