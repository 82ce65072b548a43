import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { saveFile } from '@/lib/save-file';
import type { PersonalDataExport, PersonLookup } from '../api/get-personal-data';

/** The export: who was found, how many rows of which tables name them, the rows themselves and the JSON download. */
export function ExportView({ lookup, data, onErase }: { lookup: PersonLookup; data: PersonalDataExport; onErase: () => void }) {
  const { t } = useTranslation('privacy');
  const captionId = useId();
  const download = () =>
    saveFile(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      `personal-data-${data.exportedAt.slice(0, 10)}.json`,
    );

  if (data.records.length === 0) {
    return (
      <div className="panel" role="status">
        <p>{t('export.nothing', { value: lookup.value })}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby={captionId}>
      <h2 id={captionId}>{t('export.title', { count: data.totalRows })}</h2>
      <dl className="details">
        <dt>{t('export.subjects')}</dt>
        <dd>{data.subjects.join(', ') || '–'}</dd>
        <dt>{t('export.names')}</dt>
        <dd>{data.names.join(', ') || '–'}</dd>
        <dt>{t('export.emails')}</dt>
        <dd>{data.emails.join(', ') || '–'}</dd>
      </dl>
      <DataTable
        captionId={`${captionId}-table`}
        caption={t('export.caption')}
        columns={[{ label: t('export.feature') }, { label: t('export.table') }, { label: t('export.rows'), numeric: true }]}
      >
        {data.records.map((record) => (
          <tr key={record.table}>
            <td>{record.feature}</td>
            <td>
              <details>
                <summary>{record.table}</summary>
                <pre className="json-rows">{JSON.stringify(record.rows, null, 2)}</pre>
              </details>
            </td>
            <td className="data-table__number">{record.rows.length}</td>
          </tr>
        ))}
      </DataTable>
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={download}>
          {t('export.download')}
        </button>
        <button type="button" className="button button--danger" onClick={onErase}>
          {t('erase.open')}
        </button>
      </div>
    </section>
  );
}
