import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { filterQuery, type DirectoryFilters } from '@/lib/directory-filters';
import { saveFile } from '@/lib/save-file';

/** The whole filtered list as CSV (the API streams it; page and size do not apply). */
export async function downloadOrganisationsCsv(api: ApiClient, filters: DirectoryFilters): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/organisations', {
      params: { query: filterQuery(filters) },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}

export function csvFileName(date = new Date()): string {
  return `organisationen-${date.toISOString().slice(0, 10)}.csv`;
}

/** Fetches the CSV with the user's token and offers it as a file. */
export function useDownloadOrganisationsCsv() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (filters: DirectoryFilters) => {
      const blob = await downloadOrganisationsCsv(api, filters);
      saveFile(blob, csvFileName());
    },
  });
}
