import { useTranslation } from 'react-i18next';
import { SpreadsheetDownload } from '@/components/SpreadsheetDownload';
import type { ReportQuery } from '../api/get-outreach-report';
import { useDownloadOutreachCsv } from '../api/download-outreach-csv';

/** Downloads the report's figures as a spreadsheet (workbook or CSV), with the user's token when signed in (a plain link could not send it). */
export function ReportCsvButton({ query }: { query: ReportQuery }) {
  const { t } = useTranslation('metrics');
  return (
    <SpreadsheetDownload
      download={useDownloadOutreachCsv()}
      variables={query}
      idPrefix="outreach-csv"
      texts={{ label: t('actions.csv'), hint: t('actions.csvHint'), busy: t('actions.csvBusy'), done: t('actions.csvDone') }}
    />
  );
}
