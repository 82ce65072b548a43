import type { ApiClient } from '@/lib/api/client';
import { CSV_DOWNLOAD, useFileDownload } from '@/lib/api/download';
import { unwrap } from '@/lib/api/problem';
import { filterQuery, type DirectoryFilters } from '@/lib/directory-filters';

/** The whole filtered list as CSV (the API streams it; page and size do not apply). */
export async function downloadOrganisationsCsv(api: ApiClient, filters: DirectoryFilters): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: filterQuery(filters) },
      ...CSV_DOWNLOAD,
    }),
  );
}

export function csvFileName(date = new Date()): string {
  return `organisationen-${date.toISOString().slice(0, 10)}.csv`;
}

/** Fetches the CSV with the user's token and offers it as a file. */
export function useDownloadOrganisationsCsv() {
  return useFileDownload(downloadOrganisationsCsv, () => csvFileName());
}
