import type { ApiClient } from '@/lib/api/client';
import { CSV_DOWNLOAD, useFileDownload } from '@/lib/api/download';
import { unwrap } from '@/lib/api/problem';
import { reportQuery, type ReportQuery } from './get-outreach-report';

/** The report's figures as CSV (UTF-8 with BOM and a header row), for the same range and scope. */
export async function downloadOutreachCsv(api: ApiClient, query: ReportQuery): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/outreach-report', {
      params: { query: reportQuery(query) },
      ...CSV_DOWNLOAD,
    }),
  );
}

export function outreachCsvFileName({ from, to }: ReportQuery): string {
  return `reichweite-${from}-bis-${to}.csv`;
}

/** Fetches the CSV with the user's token, if signed in (a plain link could not send it), and offers it as a file. */
export function useDownloadOutreachCsv() {
  return useFileDownload(downloadOutreachCsv, outreachCsvFileName);
}
