import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { Attachment } from './get-learning-module';
import { LEARNING_KEY } from './get-learning-modules';

/** The API refuses larger files (413); the client says so before sending them. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

function attachmentsKey(moduleId: string) {
  return [...LEARNING_KEY, 'attachments', moduleId] as const;
}

export async function getAttachments(api: ApiClient, moduleId: string): Promise<Attachment[]> {
  return unwrap(await api.GET('/api/v1/learning-modules/{id}/attachments', { params: { path: { id: moduleId } } })).items;
}

export function useAttachments(moduleId: string) {
  const api = useApiClient();
  return useQuery(queryOptions({ queryKey: attachmentsKey(moduleId), queryFn: () => getAttachments(api, moduleId) }));
}

/** Sends the file as the multipart part "file"; the API checks type (415) and size (413) by content. */
export async function uploadAttachment(api: ApiClient, { moduleId, file }: { moduleId: string; file: File }): Promise<Attachment> {
  return unwrap(
    await api.POST('/api/v1/learning-modules/{id}/attachments', {
      params: { path: { id: moduleId } },
      // The contract types the part as a string; the browser sends the file itself.
      body: { file: file as unknown as string },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export async function deleteAttachment(api: ApiClient, { moduleId, attachmentId }: { moduleId: string; attachmentId: string }) {
  const result = await api.DELETE('/api/v1/learning-modules/{id}/attachments/{attachmentId}', {
    params: { path: { id: moduleId, attachmentId } },
  });
  if (result.error !== undefined || !result.response.ok) throw ApiError.fromResponse(result.response, result.error);
}

/** Attachments are read anew after a change, with the module pages that list them. */
function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: LEARNING_KEY, predicate: (query) => query.queryKey[1] !== 'edit' });
}

export function useUploadAttachment() {
  const api = useApiClient();
  const changed = useChanged();
  return useMutation({ mutationFn: (variables: { moduleId: string; file: File }) => uploadAttachment(api, variables), onSuccess: changed });
}

export function useDeleteAttachment() {
  const api = useApiClient();
  const changed = useChanged();
  return useMutation({
    mutationFn: (variables: { moduleId: string; attachmentId: string }) => deleteAttachment(api, variables),
    onSuccess: changed,
  });
}
