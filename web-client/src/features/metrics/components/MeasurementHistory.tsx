import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useMeasurement } from '../api/measurements';
import { formatNumber } from './format';

/** Every version of a value, oldest first: before → after, who, when and why. */
export function MeasurementHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation('metrics');
  const measurement = useMeasurement(id);
  if (measurement.isPending) return <Loading label={t('manage.history.loading')} />;
  if (measurement.isError) return <ErrorMessage error={measurement.error} />;
  const history = measurement.data.history ?? [];
  return (
    <ol className="measurement-history">
      {history.map((version, index) => {
        const who = version.enteredByName ?? version.enteredBy;
        const when = formatDateTime(version.enteredAt, i18n.language);
        const value = formatNumber(version.value, i18n.language);
        return (
          <li key={version.id}>
            {index === 0
              ? t('manage.history.entered', { value, who, when })
              : t('manage.history.corrected', {
                  before: formatNumber(history[index - 1]?.value ?? 0, i18n.language),
                  after: value,
                  who,
                  when,
                })}
            {version.reason && <> {t('manage.history.reason', { reason: version.reason })}</>}
          </li>
        );
      })}
    </ol>
  );
}
