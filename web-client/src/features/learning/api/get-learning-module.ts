import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type LearningModuleDetail = components['schemas']['LearningModuleDetail'];
export type Attachment = components['schemas']['Attachment'];

export async function getLearningModule(api: ApiClient, slugOrId: string): Promise<LearningModuleDetail> {
  return unwrap(await api.GET('/api/v1/learning-modules/{id}', { params: { path: { id: slugOrId } } }));
}

export const getLearningModuleQueryOptions = endpointQuery(
  (slugOrId: string) => [...LEARNING_KEY, 'module', slugOrId],
  getLearningModule,
);

export function useLearningModule(slugOrId: string) {
  return useApiQuery((api) => getLearningModuleQueryOptions(api, slugOrId));
}
