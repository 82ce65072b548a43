import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** Shows a failed request: the problem+json title, detail and field violations when the API sent them. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <div className="message message--error" role="alert">
      <p className="message__title">{apiError?.title ?? t('error.title')}</p>
      <p>{apiError?.detail ?? t('error.generic')}</p>
      {apiError && apiError.violations.length > 0 && (
        <ul>
          {apiError.violations.map((violation, index) => (
            <li key={index}>
              {violation.field ? `${violation.field}: ` : ''}
              {violation.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
