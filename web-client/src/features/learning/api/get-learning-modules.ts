import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { Submarket } from '@/lib/enums';

export type LearningModulePage = components['schemas']['PageLearningModuleSummary'];
export type LearningModuleSummary = components['schemas']['LearningModuleSummary'];
export type ModuleFormat = components['schemas']['ModuleFormat'];
export type ModuleLevel = components['schemas']['ModuleLevel'];
export type Licence = components['schemas']['Licence'];
export type LearningModulesParams = {
  page: number;
  size: number;
  q?: string;
  topic?: string;
  submarket?: Submarket;
  format?: ModuleFormat;
  level?: ModuleLevel;
};

/** Everything cached about the learning space (modules, paths, progress) lives under this key. */
export const LEARNING_KEY = ['learning'] as const;

export async function getLearningModules(
  api: ApiClient,
  { page, size, q, topic, submarket, format, level }: LearningModulesParams,
): Promise<LearningModulePage> {
  return unwrap(
    await api.GET('/api/v1/learning-modules', {
      params: {
        query: {
          page,
          size,
          ...(q ? { q } : {}),
          ...(topic ? { topic: [topic] } : {}),
          ...(submarket ? { submarket: [submarket] } : {}),
          ...(format ? { format: [format] } : {}),
          ...(level ? { level: [level] } : {}),
        },
      },
    }),
  );
}

export const getLearningModulesQueryOptions = endpointQuery(
  (params: LearningModulesParams) => [...LEARNING_KEY, 'modules', params],
  getLearningModules,
);

export function useLearningModules(params: LearningModulesParams) {
  return useApiQuery((api) => getLearningModulesQueryOptions(api, params), { placeholderData: keepPreviousData });
}
