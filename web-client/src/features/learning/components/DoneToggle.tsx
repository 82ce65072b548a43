import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useSetModuleDone } from '../api/module-progress';

/**
 * "Als erledigt markieren" / "Erledigt ✓ – zurücknehmen" for signed-in users. The module's title goes into
 * the accessible name where several toggles share a page.
 */
export function DoneToggle({ moduleId, title, done }: { moduleId: string; title?: string; done: boolean }) {
  const { t } = useTranslation('learning');
  const setDone = useSetModuleDone();
  const label = done ? t('progress.undo') : t('progress.markDone');
  return (
    <div className="learning-done">
      <button
        type="button"
        className={done ? 'button button--secondary' : 'button'}
        aria-label={title ? `${label}: ${title}` : undefined}
        onClick={() => {
          if (!setDone.isPending) setDone.mutate({ id: moduleId, done: !done });
        }}
      >
        {label}
      </button>
      <span role="status" className="visually-hidden">
        {setDone.isSuccess ? (setDone.variables.done ? t('progress.markedDone') : t('progress.markedUndone')) : ''}
      </span>
      {setDone.isError && <ErrorMessage error={setDone.error} />}
    </div>
  );
}
