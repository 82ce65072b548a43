import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { ApiError, unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type ModuleCompletionPage = components['schemas']['PageModuleCompletion'];

export async function setModuleDone(api: ApiClient, { id, done }: { id: string; done: boolean }): Promise<void> {
  if (done) {
    unwrap(await api.PUT('/api/v1/learning-modules/{id}/progress', { params: { path: { id } } }));
  } else {
    const result = await api.DELETE('/api/v1/learning-modules/{id}/progress', { params: { path: { id } } });
    if (result.error !== undefined || !result.response.ok) throw ApiError.fromResponse(result.response, result.error);
  }
}

/** Marks a module done or not; afterwards every module, path and progress view is read anew. */
export function useSetModuleDone() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string; done: boolean }) => setModuleDone(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LEARNING_KEY }),
  });
}

export async function getMyLearningProgress(api: ApiClient, page: number): Promise<ModuleCompletionPage> {
  return unwrap(await api.GET('/api/v1/me/learning-progress', { params: { query: { page, size: 20 } } }));
}

export function useMyLearningProgress(page: number, { enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...LEARNING_KEY, 'progress', 'me', page],
    queryFn: () => getMyLearningProgress(api, page),
    enabled,
    placeholderData: keepPreviousData,
  });
}
