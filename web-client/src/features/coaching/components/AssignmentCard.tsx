import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStateName } from '@/lib/use-state-name';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import { HourBudget } from './HourBudget';
import { SessionForm } from './SessionForm';
import { SessionLog } from './SessionLog';
import { useTopicName } from '@/lib/use-topic-name';

/** One organisation the coach supports on one topic: hours, session log and a form to log a session. */
export function AssignmentCard({ assignment }: { assignment: CoachingAssignment }) {
  const { t } = useTranslation('coaching');
  const stateName = useStateName();
  const topicName = useTopicName();
  const [formOpen, setFormOpen] = useState(false);
  const [message, setMessage] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), topic: useId(), form: useId(), log: useId() };
  const { organisation } = assignment;
  const topic = topicName(assignment.topic);

  function closeForm() {
    setFormOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <section className="assignment" aria-labelledby={`${ids.heading} ${ids.topic}`}>
      <h2 id={ids.heading} className="assignment__title">
        {organisation.name}
      </h2>
      <p id={ids.topic} className="assignment__topic">
        {t('myPartners.topic', { topic })}
      </p>
      <p className="assignment__place">
        {organisation.town}, {stateName(organisation.state)}
      </p>
      <HourBudget {...assignment} />
      <h3 id={ids.log} className="assignment__subheading">
        {t('sessions.heading')}
      </h3>
      <SessionLog assignment={assignment} canChange />
      <p className="assignment__message" role="status">
        {message}
      </p>
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary"
        aria-expanded={formOpen}
        aria-controls={formOpen ? ids.form : undefined}
        onClick={() => {
          setMessage('');
          setFormOpen((open) => !open);
        }}
      >
        {t('form.open')}{' '}
        <span className="visually-hidden">
          – {organisation.name}, {topic}
        </span>
      </button>
      {formOpen && (
        <div id={ids.form} className="assignment__form">
          <SessionForm
            assignment={assignment}
            onCancel={closeForm}
            onSaved={(saved) => {
              setMessage(saved);
              closeForm();
            }}
          />
        </div>
      )}
    </section>
  );
}
