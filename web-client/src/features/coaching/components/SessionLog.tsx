import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import { useDeleteCoachingSession } from '../api/delete-coaching-session';
import { useCoachingSessions, type CoachingSession } from '../api/get-coaching-sessions';
import { formatLocalDate } from './format';
import { SessionForm } from './SessionForm';
import { useTopicName } from '@/lib/use-topic-name';

/**
 * The assignment's sessions, latest first, with "load more" for long logs. Those who log sessions (canChange) may
 * correct one in the session form or delete one after a confirmation; the API refuses both once the session's
 * reporting period takes no changes, and the refusal is shown as the API words it.
 */
export function SessionLog({ assignment, canChange = false }: { assignment: CoachingAssignment; canChange?: boolean }) {
  const { t, i18n } = useTranslation('coaching');
  const topicName = useTopicName();
  const sessions = useCoachingSessions(assignment.id);
  const remove = useDeleteCoachingSession();
  const [deleting, setDeleting] = useState<CoachingSession | null>(null);
  const [correcting, setCorrecting] = useState<CoachingSession | null>(null);
  const correctRef = useRef<HTMLDivElement>(null);
  // the correction form opens below the log: move focus to its first field
  useEffect(() => {
    if (correcting) correctRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [correcting]);
  const [done, setDone] = useState('');
  const captionId = useId();

  if (sessions.isPending) return <Loading label={t('sessions.loading')} />;
  if (sessions.isError) return <ErrorMessage error={sessions.error} />;

  const items = sessions.data.pages.flatMap((page) => page.items);
  const total = sessions.data.pages[0]?.totalItems ?? 0;
  if (items.length === 0) return <p className="muted">{t('sessions.empty')}</p>;

  return (
    <>
      <DataTable
        captionId={captionId}
        caption={t('sessions.caption', { name: assignment.organisation.name, topic: topicName(assignment.topic) })}
        className="sessions"
        columns={[
          { label: t('sessions.heldOn') },
          { label: t('sessions.duration'), numeric: true },
          { label: t('sessions.topic') },
          { label: t('sessions.format') },
          { label: t('sessions.notes') },
          { label: t('sessions.nextSteps') },
          canChange && { label: t('sessions.actions') },
        ]}
      >
        {items.map((session) => (
          <tr key={session.id}>
            <th scope="row" className="sessions__date">
              {formatLocalDate(session.heldOn, i18n.language)}
            </th>
            <td className="data-table__number">{t('sessions.minutes', { count: session.durationMinutes })}</td>
            <td>{topicName(session.topic)}</td>
            <td>{t(`formats.${session.format}`)}</td>
            <td className="sessions__text">{session.notes}</td>
            <td className="sessions__text">
              {session.nextSteps}
              {session.overBudgetReason && (
                <p className="sessions__over">{t('sessions.overBudgetReason', { reason: session.overBudgetReason })}</p>
              )}
            </td>
            {canChange && (
              <td className="sessions__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('sessions.correctLabel', { date: formatLocalDate(session.heldOn, i18n.language) })}
                  onClick={() => {
                    setDone('');
                    setCorrecting(session);
                  }}
                >
                  {t('sessions.correct')}
                </button>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('sessions.deleteLabel', { date: formatLocalDate(session.heldOn, i18n.language) })}
                  onClick={() => {
                    setDone('');
                    remove.reset();
                    setDeleting(session);
                  }}
                >
                  {t('sessions.delete')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      {done && <p role="status">{done}</p>}
      {correcting && (
        <div ref={correctRef} className="assignment__form">
          <SessionForm
            key={correcting.id}
            assignment={assignment}
            session={correcting}
            onCancel={() => setCorrecting(null)}
            onSaved={(message) => {
              setCorrecting(null);
              setDone(message);
            }}
          />
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          action={t('sessions.delete')}
          subject={t('sessions.deleteSubject', { date: formatLocalDate(deleting.heldOn, i18n.language) })}
          consequence={t('sessions.deleteConsequence', { count: deleting.durationMinutes })}
          irreversible
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(
              { assignmentId: assignment.id, sessionId: deleting.id },
              {
                onSuccess: () => {
                  setDeleting(null);
                  setDone(t('sessions.deleted'));
                },
              },
            )
          }
          onCancel={() => setDeleting(null)}
        >
          {remove.isError && <ProblemAlert error={remove.error} messages={{ 409: t('sessions.periodClosed') }} />}
        </ConfirmDialog>
      )}
      {sessions.hasNextPage && (
        <p className="sessions__more">
          <span className="muted">{t('sessions.shown', { shown: items.length, total })} </span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={sessions.isFetchingNextPage}
            onClick={() => void sessions.fetchNextPage()}
          >
            {t('sessions.more')}
          </button>
        </p>
      )}
    </>
  );
}
