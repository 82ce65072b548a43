import type { ApiClient } from '@/lib/api/client';
import {
  fileFrom,
  spreadsheetDownload,
  spreadsheetExtension,
  useFileDownload,
  type DownloadedFile,
  type SpreadsheetFormat,
} from '@/lib/api/download';
import { reportQuery, type ReportQuery } from './get-outreach-report';

export type OutreachDownload = ReportQuery & { format: SpreadsheetFormat };

/** The report's figures as a workbook or CSV, for the same range and scope, named by the API. */
export async function downloadOutreachCsv(api: ApiClient, { format, ...query }: OutreachDownload): Promise<DownloadedFile> {
  return fileFrom(
    await api.GET('/api/v1/outreach-report', {
      params: { query: reportQuery(query) },
      ...spreadsheetDownload(format),
    }),
  );
}

export function outreachCsvFileName({ from, to, format }: OutreachDownload): string {
  return `reichweite-${from}-bis-${to}.${spreadsheetExtension(format)}`;
}

/** Fetches the file with the user's token, if signed in (a plain link could not send it), and offers it as a file. */
export function useDownloadOutreachCsv() {
  return useFileDownload(downloadOutreachCsv, outreachCsvFileName);
}
