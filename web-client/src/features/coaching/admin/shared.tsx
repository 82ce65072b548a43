import { useTranslation } from 'react-i18next';

/** Coordinators and admins manage coaches and assignments. */
export const STAFF = ['admin', 'coordinator'] as const;

/** Closes an administration dialog without saving. */
export function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('coaching');
  return (
    <div className="form-actions">
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('admin.close')}
      </button>
    </div>
  );
}
