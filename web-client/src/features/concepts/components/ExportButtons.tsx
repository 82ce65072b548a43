import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useDownloadConceptExport, type ExportFormat } from '../api/download-concept-export';

const FORMATS: ExportFormat[] = ['markdown', 'pdf'];

/** Downloads a version as Markdown or PDF, with the user's token (a plain link could not send it). */
export function ExportButtons({ conceptId, versionNumber }: { conceptId: string; versionNumber: number }) {
  const { t, i18n } = useTranslation('concepts');
  const download = useDownloadConceptExport();
  return (
    <section className="concept-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p className="field__hint">{t('export.hint', { number: versionNumber })}</p>
      <div className="concept-export__buttons">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            aria-label={t(`export.${format}Label`, { number: versionNumber })}
            onClick={() => {
              if (!download.isPending) download.mutate({ id: conceptId, versionNumber, format, language: i18n.language });
            }}
          >
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className="concept-export__status">
        {download.isPending ? t('export.busy') : download.isSuccess ? t('export.done') : ''}
      </p>
      {download.isError && <ErrorMessage error={download.error} />}
    </section>
  );
}
