import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';

export type AttachmentVariables = { moduleId: string; attachmentId: string; fileName: string };

export async function downloadAttachment(api: ApiClient, { moduleId, attachmentId }: AttachmentVariables): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/learning-modules/{id}/attachments/{attachmentId}', {
      params: { path: { id: moduleId, attachmentId } },
      parseAs: 'blob',
    }),
  );
}

/** Fetches the file with the user's token (PARTICIPANTS modules need it) and offers it under its own name. */
export function useDownloadAttachment() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (variables: AttachmentVariables) => {
      saveFile(await downloadAttachment(api, variables), variables.fileName);
    },
  });
}
