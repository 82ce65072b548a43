import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type ModuleCompletionPage = components['schemas']['PageModuleCompletion'];

export async function setModuleDone(api: ApiClient, { id, done }: { id: string; done: boolean }): Promise<void> {
  if (done) {
    unwrap(await api.PUT('/api/v1/learning-modules/{id}/progress', { params: { path: { id } } }));
  } else {
    ensureOk(await api.DELETE('/api/v1/learning-modules/{id}/progress', { params: { path: { id } } }));
  }
}

/** Marks a module done or not; afterwards every module, path and progress view is read anew. */
export function useSetModuleDone() {
  return useApiMutation(setModuleDone, { invalidates: () => [LEARNING_KEY] });
}

export async function getMyLearningProgress(api: ApiClient, page: number): Promise<ModuleCompletionPage> {
  return unwrap(await api.GET('/api/v1/me/learning-progress', { params: { query: { page, size: 20 } } }));
}

const myLearningProgressQueryOptions = endpointQuery(
  (page: number) => [...LEARNING_KEY, 'progress', 'me', page],
  getMyLearningProgress,
);

export function useMyLearningProgress(page: number, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => myLearningProgressQueryOptions(api, page), { enabled, placeholderData: keepPreviousData });
}
