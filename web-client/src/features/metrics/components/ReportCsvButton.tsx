import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { ReportQuery } from '../api/get-outreach-report';
import { useDownloadOutreachCsv } from '../api/download-outreach-csv';

/** Downloads the report's figures as CSV, with the user's token when signed in (a plain link could not send it). */
export function ReportCsvButton({ query }: { query: ReportQuery }) {
  const { t } = useTranslation('metrics');
  const download = useDownloadOutreachCsv();
  return (
    <div className="csv-download">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="outreach-csv-hint"
        onClick={() => {
          if (!download.isPending) download.mutate(query);
        }}
      >
        {t('actions.csv')}
      </button>
      <p id="outreach-csv-hint" className="field__hint">
        {t('actions.csvHint')}
      </p>
      <p className="csv-download__status" role="status">
        {download.isPending ? t('actions.csvBusy') : download.isSuccess ? t('actions.csvDone') : ''}
      </p>
      {download.isError && <ErrorMessage error={download.error} />}
    </div>
  );
}
