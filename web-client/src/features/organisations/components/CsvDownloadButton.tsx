import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { useDownloadOrganisationsCsv } from '../api/download-organisations-csv';

/** Downloads the whole filtered list as CSV, with the user's token (a plain link could not send it). */
export function CsvDownloadButton({ filters }: { filters: DirectoryFilters }) {
  const { t } = useTranslation('organisations');
  const download = useDownloadOrganisationsCsv();
  return (
    <div className="csv-download">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="csv-hint"
        onClick={() => {
          if (!download.isPending) download.mutate(filters);
        }}
      >
        {t('list.csv')}
      </button>
      <p id="csv-hint" className="field__hint">
        {t('list.csvHint')}
      </p>
      <p className="csv-download__status" role="status">
        {download.isPending ? t('list.csvBusy') : download.isSuccess ? t('list.csvDone') : ''}
      </p>
      {download.isError && <ErrorMessage error={download.error} />}
    </div>
  );
}
