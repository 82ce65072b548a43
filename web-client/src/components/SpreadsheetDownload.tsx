import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPREADSHEET_FORMATS, type SpreadsheetFormat } from '@/lib/api/download';
import { DownloadButton } from './DownloadButton';

type SpreadsheetDownloadProps<V> = {
  download: UseMutationResult<unknown, Error, V & { format: SpreadsheetFormat }>;
  variables: V;
  idPrefix: string;
  texts: { label: string; hint: string; busy: string; done: string };
};

/** A download of a table in the format people need: Excel workbook, CSV for German Excel, or CSV for machines. */
export function SpreadsheetDownload<V>({ download, variables, idPrefix, texts }: SpreadsheetDownloadProps<V>) {
  const { t } = useTranslation('common');
  const [format, setFormat] = useState<SpreadsheetFormat>('xlsx');
  return (
    <div className="spreadsheet-download">
      <div className="field">
        <label htmlFor={`${idPrefix}-format`}>{t('spreadsheet.format')}</label>
        <select id={`${idPrefix}-format`} value={format} onChange={(event) => setFormat(event.target.value as SpreadsheetFormat)}>
          {SPREADSHEET_FORMATS.map((value) => (
            <option key={value} value={value}>
              {t(`spreadsheet.formats.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <DownloadButton download={download} variables={{ ...variables, format }} hintId={`${idPrefix}-hint`} texts={texts} />
    </div>
  );
}
