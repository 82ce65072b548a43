import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { editableModuleQueryKey, versioned, type ModuleVersioned } from './get-editable-module';
import { LEARNING_KEY } from './get-learning-modules';

export type LearningModuleInput = components['schemas']['LearningModuleInput'];

export async function createModule(api: ApiClient, input: LearningModuleInput): Promise<ModuleVersioned> {
  const result = await api.POST('/api/v1/learning-modules', { body: input });
  return versioned(unwrap(result), result.response);
}

export type UpdateModuleVariables = { id: string; etag: string; input: LearningModuleInput };

/** Replaces the module with If-Match: the API answers 412 when somebody saved since that version. */
export async function updateModule(api: ApiClient, { id, etag, input }: UpdateModuleVariables): Promise<ModuleVersioned> {
  const result = await api.PUT('/api/v1/learning-modules/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  return versioned(unwrap(result), result.response);
}

/** After a save the module is cached for its editor and every list and page of the learning space is read anew. */
const afterSave = {
  onSuccess: (queryClient: QueryClient, saved: ModuleVersioned) => {
    queryClient.setQueryData(editableModuleQueryKey(saved.module.id), saved);
    void queryClient.invalidateQueries({
      queryKey: LEARNING_KEY,
      predicate: (query) => query.queryKey[1] !== 'edit',
    });
  },
};

export function useCreateModule() {
  return useApiMutation(createModule, afterSave);
}

export function useUpdateModule() {
  return useApiMutation(updateModule, afterSave);
}

/** The step, with the ETag of the version shown: the API answers 412 when the module changed since (an author edited it during review). */
export type TransitionModuleVariables = { id: string; etag: string; to: components['schemas']['ModuleStatus'] };

export async function transitionModule(api: ApiClient, { id, etag, to }: TransitionModuleVariables): Promise<ModuleVersioned> {
  const result = await api.POST('/api/v1/learning-modules/{id}/transitions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { to },
  });
  return versioned(unwrap(result), result.response);
}

/** A lifecycle step (submit, withdraw, send back, publish, archive); the new version replaces the cached one. */
export function useTransitionModule() {
  return useApiMutation(transitionModule, afterSave);
}
