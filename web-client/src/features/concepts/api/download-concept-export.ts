import type { ApiClient } from '@/lib/api/client';
import { fileFrom, useFileDownload, type DownloadedFile } from '@/lib/api/download';

export type ExportFormat = 'markdown' | 'pdf';
export type ExportVariables = { id: string; versionNumber: number; format: ExportFormat; language: string };

/**
 * One version as a Markdown or PDF document, with headings in the user's language, named by the API after
 * the organisation and version (transferkonzept-kuenstlerstadt-kalbe-v2.pdf).
 */
export async function downloadConceptExport(
  api: ApiClient,
  { id, versionNumber, format, language }: ExportVariables,
): Promise<DownloadedFile> {
  return fileFrom(
    await api.GET('/api/v1/transfer-concepts/{id}/versions/{number}/export', {
      params: { path: { id, number: versionNumber }, query: { format }, header: { 'Accept-Language': language } },
      parseAs: 'blob',
    }),
  );
}

export function exportFileName({ versionNumber, format }: Pick<ExportVariables, 'versionNumber' | 'format'>): string {
  return `transferkonzept-v${versionNumber}.${format === 'pdf' ? 'pdf' : 'md'}`;
}

/** Fetches the document with the user's token (a plain link could not send it) and offers it as a file. */
export function useDownloadConceptExport() {
  return useFileDownload(downloadConceptExport, exportFileName);
}
