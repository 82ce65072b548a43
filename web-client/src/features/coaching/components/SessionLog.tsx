import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import { useCoachingSessions } from '../api/get-coaching-sessions';
import { formatLocalDate } from './format';
import { useTopicName } from '@/lib/use-topic-name';

/** The assignment's sessions, latest first, with "load more" for long logs. */
export function SessionLog({ assignment }: { assignment: CoachingAssignment }) {
  const { t, i18n } = useTranslation('coaching');
  const topicName = useTopicName();
  const sessions = useCoachingSessions(assignment.id);
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
            <td className="sessions__text">{session.nextSteps}</td>
          </tr>
        ))}
      </DataTable>
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
