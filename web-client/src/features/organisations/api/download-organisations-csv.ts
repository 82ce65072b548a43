import type { ApiClient } from '@/lib/api/client';
import {
  fileFrom,
  spreadsheetDownload,
  spreadsheetExtension,
  useFileDownload,
  type DownloadedFile,
  type SpreadsheetFormat,
} from '@/lib/api/download';
import { filterQuery, type DirectoryFilters } from '@/lib/directory-filters';

export type OrganisationsDownload = DirectoryFilters & { format: SpreadsheetFormat };

/** The whole filtered list as a workbook or CSV (the API streams it; page and size do not apply). */
export async function downloadOrganisationsCsv(
  api: ApiClient,
  { format, ...filters }: OrganisationsDownload,
): Promise<DownloadedFile> {
  return fileFrom(
    await api.GET('/api/v1/organisations', {
      params: { query: filterQuery(filters) },
      ...spreadsheetDownload(format),
    }),
  );
}

export function csvFileName(format: SpreadsheetFormat, date = new Date()): string {
  return `organisationen-${date.toISOString().slice(0, 10)}.${spreadsheetExtension(format)}`;
}

/** Fetches the file with the user's token and offers it under the name the API gives it. */
export function useDownloadOrganisationsCsv() {
  return useFileDownload(downloadOrganisationsCsv, ({ format }) => csvFileName(format));
}
