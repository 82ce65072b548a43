import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
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

const attachmentsQueryOptions = endpointQuery(attachmentsKey, getAttachments);

export function useAttachments(moduleId: string) {
  return useApiQuery((api) => attachmentsQueryOptions(api, moduleId));
}

/** Sends the file as the multipart part "file"; the API checks type (415) and size (413) by content. */
export async function uploadAttachment(
  api: ApiClient,
  { moduleId, file }: { moduleId: string; file: File },
): Promise<Attachment> {
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
  ensureOk(
    await api.DELETE('/api/v1/learning-modules/{id}/attachments/{attachmentId}', {
      params: { path: { id: moduleId, attachmentId } },
    }),
  );
}

/** Attachments are read anew after a change, with the module pages that list them. */
const afterChange = {
  onSuccess: (queryClient: QueryClient) =>
    queryClient.invalidateQueries({ queryKey: LEARNING_KEY, predicate: (query) => query.queryKey[1] !== 'edit' }),
};

export function useUploadAttachment() {
  return useApiMutation(uploadAttachment, afterChange);
}

export function useDeleteAttachment() {
  return useApiMutation(deleteAttachment, afterChange);
}
