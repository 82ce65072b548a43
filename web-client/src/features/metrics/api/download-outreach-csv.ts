import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { saveFile } from '@/lib/save-file';
import { reportQuery, type ReportQuery } from './get-outreach-report';

/** The report's figures as CSV (UTF-8 with BOM and a header row), for the same range and scope. */
export async function downloadOutreachCsv(api: ApiClient, query: ReportQuery): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/outreach-report', {
      params: { query: reportQuery(query) },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}

export function outreachCsvFileName({ from, to }: ReportQuery): string {
  return `reichweite-${from}-bis-${to}.csv`;
}

/** Fetches the CSV with the user's token, if signed in (a plain link could not send it), and offers it as a file. */
export function useDownloadOutreachCsv() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (query: ReportQuery) => {
      const blob = await downloadOutreachCsv(api, query);
      saveFile(blob, outreachCsvFileName(query));
    },
  });
}
