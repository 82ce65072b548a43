import type { ApiClient } from '@/lib/api/client';
import { useFileDownload } from '@/lib/api/download';
import { unwrap } from '@/lib/api/problem';

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
  return useFileDownload(downloadAttachment, ({ fileName }) => fileName);
}
