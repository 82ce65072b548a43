import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { useTopicName } from '@/lib/use-topic-name';
import { useCoachingAssignments } from '../api/get-coaching-assignments';
import { useOrganisationCoaching } from '../api/get-organisation-coaching';
import { HourBudget } from './HourBudget';
import { SessionLog } from './SessionLog';
import '../coaching.css';

/** The API's largest page: an organisation has a handful of assignments, one per topic and coach. */
const ASSIGNMENTS_PAGE_SIZE = 100;

/**
 * An organisation's coaching for its members: the hour budget in total and per topic (an overrun said in words), and
 * the sessions held with each coach. Read only: coaches log and correct sessions, staff set the budgets.
 */
export function OrganisationCoachingPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('coaching');
  const headingId = useId();
  return (
    <section className="organisation-coaching" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.heading')}</h2>
      <CoachingHours organisationId={organisationId} />
      <SessionsHeld organisationId={organisationId} />
    </section>
  );
}

function CoachingHours({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('coaching');
  const topicName = useTopicName();
  const coaching = useOrganisationCoaching(organisationId);
  const captionId = useId();
  if (coaching.isPending) return <Loading label={t('organisation.loading')} />;
  if (coaching.isError) return <ErrorMessage error={coaching.error} />;
  const { topics } = coaching.data;
  if (topics.length === 0) return <p className="muted">{t('organisation.empty')}</p>;
  const hours = (value: number) => t('organisation.hours', { count: value });
  return (
    <>
      <HourBudget
        hourBudget={coaching.data.hourBudget}
        hoursUsed={coaching.data.hoursUsed}
        hoursRemaining={coaching.data.hoursRemaining}
        overBudget={coaching.data.hoursRemaining < 0}
      />
      <DataTable
        captionId={captionId}
        caption={t('organisation.caption')}
        className="coaching-topics"
        columns={[
          { label: t('organisation.topic') },
          { label: t('organisation.budget'), numeric: true },
          { label: t('organisation.used'), numeric: true },
          { label: t('organisation.remaining') },
        ]}
      >
        {topics.map((topic) => (
          <tr key={topic.topic}>
            <th scope="row">{topicName(topic.topic)}</th>
            <td className="data-table__number">{hours(topic.hourBudget)}</td>
            <td className="data-table__number">{hours(topic.hoursUsed)}</td>
            <td>
              {topic.overBudget ? (
                <span className="budget__state--over">
                  <span aria-hidden="true">⚠ </span>
                  {t('organisation.over', { count: Math.abs(topic.hoursRemaining) })}
                </span>
              ) : (
                hours(topic.hoursRemaining)
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function SessionsHeld({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('coaching');
  const topicName = useTopicName();
  const assignments = useCoachingAssignments({ organisationId, page: 0, size: ASSIGNMENTS_PAGE_SIZE });
  if (assignments.isPending) return <Loading label={t('organisation.loadingSessions')} />;
  if (assignments.isError) return <ErrorMessage error={assignments.error} />;
  if (assignments.data.items.length === 0) return null;
  return (
    <>
      <h3>{t('organisation.sessionsHeading')}</h3>
      {assignments.data.items.map((assignment) => (
        <div key={assignment.id} className="organisation-coaching__assignment">
          <h4>{t('organisation.assignment', { topic: topicName(assignment.topic), coach: assignment.coach.name })}</h4>
          <SessionLog assignment={assignment} />
        </div>
      ))}
    </>
  );
}
