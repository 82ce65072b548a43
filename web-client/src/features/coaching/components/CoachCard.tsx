import { useTranslation } from 'react-i18next';
import { useStateName } from '@/lib/use-state-name';
import type { CoachProfile } from '@/api/get-coaches';
import { languageName } from './format';
import { useTopicName } from '@/lib/use-topic-name';

/** A coach's public profile; contact data only when the API returns it (staff and the coach itself). */
export function CoachCard({ coach }: { coach: CoachProfile }) {
  const { t, i18n } = useTranslation('coaching');
  const stateName = useStateName();
  const topicName = useTopicName();
  const headingId = `coach-${coach.id}`;
  const email = coach.contact?.email;
  const phone = coach.contact?.phone;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {coach.name}
      </h2>
      {coach.bio && <p className="card__summary coach-card__bio">{coach.bio}</p>}
      <dl className="coach-card__facts">
        <div>
          <dt>{t('coaches.topics')}</dt>
          <dd>
            <ul className="tag-list">
              {coach.topics.map((topic) => (
                <li key={topic} className="tag">
                  {topicName(topic)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('coaches.regions')}</dt>
          <dd>{coach.regions.length > 0 ? coach.regions.map(stateName).join(', ') : t('coaches.none')}</dd>
        </div>
        <div>
          <dt>{t('coaches.languages')}</dt>
          <dd>
            {coach.languages.length > 0
              ? coach.languages.map((code) => languageName(code, i18n.language)).join(', ')
              : t('coaches.none')}
          </dd>
        </div>
        {(email || phone) && (
          <div>
            <dt>{t('coaches.contact')}</dt>
            <dd>
              {email && (
                <span className="coach-card__contact">
                  {t('coaches.email')}: <a href={`mailto:${email}`}>{email}</a>
                </span>
              )}
              {phone && (
                <span className="coach-card__contact">
                  {t('coaches.phone')}: <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
