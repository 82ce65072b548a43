import type { ApiClient } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { LearningModuleDetail } from './get-learning-module';
import { LEARNING_KEY } from './get-learning-modules';

/** A module as read for editing, with the ETag to send as If-Match when saving it. */
export type ModuleVersioned = { module: LearningModuleDetail; etag: string };

export function editableModuleQueryKey(id: string) {
  return [...LEARNING_KEY, 'edit', id] as const;
}

/** The ETag of a module response; without it no save could be checked against concurrent changes. */
export function versioned(module: LearningModuleDetail, response: Response): ModuleVersioned {
  const etag = response.headers.get('ETag');
  if (!etag) throw new ApiError(response.status, { title: 'ETag missing', detail: 'The API sent no ETag for this module.' });
  return { module, etag };
}

export async function getEditableModule(api: ApiClient, id: string): Promise<ModuleVersioned> {
  const result = await api.GET('/api/v1/learning-modules/{id}', { params: { path: { id } } });
  return versioned(unwrap(result), result.response);
}

export const getEditableModuleQueryOptions = endpointQuery(editableModuleQueryKey, getEditableModule);

export function useEditableModule(id: string) {
  return useApiQuery((api) => getEditableModuleQueryOptions(api, id));
}
