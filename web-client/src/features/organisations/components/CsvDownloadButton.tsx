import { useTranslation } from 'react-i18next';
import { SpreadsheetDownload } from '@/components/SpreadsheetDownload';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { useDownloadOrganisationsCsv } from '../api/download-organisations-csv';

/** Downloads the whole filtered list as a spreadsheet (workbook or CSV), with the user's token (a plain link could not send it). */
export function CsvDownloadButton({ filters }: { filters: DirectoryFilters }) {
  const { t } = useTranslation('organisations');
  return (
    <SpreadsheetDownload
      download={useDownloadOrganisationsCsv()}
      variables={filters}
      idPrefix="csv"
      texts={{ label: t('list.csv'), hint: t('list.csvHint'), busy: t('list.csvBusy'), done: t('list.csvDone') }}
    />
  );
}
