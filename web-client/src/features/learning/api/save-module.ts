import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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
function useSaved() {
  const queryClient = useQueryClient();
  return (saved: ModuleVersioned) => {
    queryClient.setQueryData(editableModuleQueryKey(saved.module.id), saved);
    void queryClient.invalidateQueries({
      queryKey: LEARNING_KEY,
      predicate: (query) => query.queryKey[1] !== 'edit',
    });
  };
}

export function useCreateModule() {
  const api = useApiClient();
  const saved = useSaved();
  return useMutation({ mutationFn: (input: LearningModuleInput) => createModule(api, input), onSuccess: saved });
}

export function useUpdateModule() {
  const api = useApiClient();
  const saved = useSaved();
  return useMutation({ mutationFn: (variables: UpdateModuleVariables) => updateModule(api, variables), onSuccess: saved });
}

export type TransitionModuleVariables = { id: string; to: components['schemas']['ModuleStatus'] };

export async function transitionModule(api: ApiClient, { id, to }: TransitionModuleVariables): Promise<ModuleVersioned> {
  const result = await api.POST('/api/v1/learning-modules/{id}/transitions', { params: { path: { id } }, body: { to } });
  return versioned(unwrap(result), result.response);
}

/** A lifecycle step (submit, withdraw, send back, publish, archive); the new version replaces the cached one. */
export function useTransitionModule() {
  const api = useApiClient();
  const saved = useSaved();
  return useMutation({ mutationFn: (variables: TransitionModuleVariables) => transitionModule(api, variables), onSuccess: saved });
}
