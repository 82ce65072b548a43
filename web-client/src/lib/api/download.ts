import { saveFile } from '../save-file';
import type { ApiClient } from './client';
import { unwrap } from './problem';
import { useApiMutation } from './query';

/** A downloaded file and the name the API offers it under, if it names one. */
export type DownloadedFile = { blob: Blob; fileName?: string };

/** The file name of a Content-Disposition header: the UTF-8 form (filename*) if present, else the plain one. */
export function contentDispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed encoding: use the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1]?.trim() || undefined;
}

/** The body of a file answer with the name from its Content-Disposition header. */
export function fileFrom(result: { data?: Blob; error?: unknown; response: Response }): DownloadedFile {
  return { blob: unwrap(result), fileName: contentDispositionName(result.response.headers.get('Content-Disposition')) };
}

/**
 * Fetches a file with the user's token (a plain link could not send it) and offers it under the name the
 * API gives it, else under the fallback name.
 */
export function useFileDownload<V>(
  download: (api: ApiClient, variables: V) => Promise<Blob | DownloadedFile>,
  fallbackName: (variables: V) => string,
) {
  return useApiMutation(async (api, variables: V) => {
    const file = await download(api, variables);
    const { blob, fileName } = file instanceof Blob ? { blob: file, fileName: undefined } : file;
    saveFile(blob, fileName ?? fallbackName(variables));
  });
}

/** The request options of a CSV download: ask for text/csv and read the answer as a file. */
export const CSV_DOWNLOAD = { headers: { Accept: 'text/csv' }, parseAs: 'blob' } as const;

/** The spreadsheets the API writes: an Excel workbook, CSV in the German dialect (semicolons, decimal commas), machine CSV. */
export const SPREADSHEET_FORMATS = ['xlsx', 'csv-de', 'csv'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

const SPREADSHEET_ACCEPT: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'csv-de': 'text/csv;dialect=de',
  csv: 'text/csv',
};

/** The request options of a spreadsheet download in the format chosen. */
export function spreadsheetDownload(format: SpreadsheetFormat) {
  return { headers: { Accept: SPREADSHEET_ACCEPT[format] }, parseAs: 'blob' } as const;
}

export function spreadsheetExtension(format: SpreadsheetFormat): string {
  return format === 'xlsx' ? 'xlsx' : 'csv';
}
