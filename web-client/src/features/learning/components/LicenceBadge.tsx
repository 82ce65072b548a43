import { useTranslation } from 'react-i18next';
import type { Licence } from '../api/get-learning-modules';
import { LICENCE_URLS } from './labels';

/** The module's licence, linked to its deed (all rights reserved: no link). */
export function LicenceBadge({ licence }: { licence: Licence }) {
  const { t } = useTranslation('learning');
  const url = LICENCE_URLS[licence];
  const name = t(`licence.${licence}`);
  return (
    <span className="learning-licence">
      {url ? (
        <a href={url} rel="license noopener noreferrer" target="_blank">
          {name}
          <span className="visually-hidden"> {t('licence.opensNewTab')}</span>
        </a>
      ) : (
        name
      )}
    </span>
  );
}
