import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type LearningModuleDetail = components['schemas']['LearningModuleDetail'];
export type Attachment = components['schemas']['Attachment'];

export async function getLearningModule(api: ApiClient, slugOrId: string): Promise<LearningModuleDetail> {
  return unwrap(await api.GET('/api/v1/learning-modules/{id}', { params: { path: { id: slugOrId } } }));
}

export function getLearningModuleQueryOptions(api: ApiClient, slugOrId: string) {
  return queryOptions({
    queryKey: [...LEARNING_KEY, 'module', slugOrId],
    queryFn: () => getLearningModule(api, slugOrId),
  });
}

export function useLearningModule(slugOrId: string) {
  const api = useApiClient();
  return useQuery(getLearningModuleQueryOptions(api, slugOrId));
}
