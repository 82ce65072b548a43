import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoaches, type CoachProfile, type GermanState } from '@/api/get-coaches';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { AdminEditButton, AdminEditLoader, AdminResourcePage } from '@/components/AdminResourcePage';
import { SelectField } from '@/components/form/FormField';
import { GERMAN_STATES } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { useTopicName } from '@/lib/use-topic-name';
import { useCoachVersion } from '../api/manage-coaches';
import { CoachForm } from './CoachForm';
import { STAFF } from './shared';
import '../coaching.css';

const PAGE_SIZE = 20;

/** Coach profiles for coordinators and admins: filter by topic and region, add a coach, edit a profile. */
export function CoachesAdminPage() {
  const { t, i18n } = useTranslation('coaching');
  const topicName = useTopicName();
  const stateName = useStateName();
  const topics = useExpertiseTopics();
  const [topic, setTopic] = useState('');
  const [region, setRegion] = useState('');
  const [page, setPage] = useState(0);
  const coaches = useCoaches({
    page,
    size: PAGE_SIZE,
    topic: topic || undefined,
    region: (region || undefined) as GermanState | undefined,
  });
  const english = i18n.language.startsWith('en');

  return (
    <AdminResourcePage<CoachProfile>
      id="admin-coaches"
      title={t('admin.coaches.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={STAFF}
      forbidden={t('admin.forbidden')}
      intro={t('admin.coaches.intro')}
      filters={{
        heading: t('admin.filter'),
        children: (
          <>
            <SelectField
              id="coaches-filter-topic"
              label={t('admin.coaches.fields.topics')}
              value={topic}
              emptyOption={t('admin.coaches.allTopics')}
              options={(topics.data ?? []).map((item) => ({ value: item.key, label: english ? item.nameEn : item.nameDe }))}
              onChange={(value) => {
                setTopic(value);
                setPage(0);
              }}
            />
            <SelectField
              id="coaches-filter-region"
              label={t('admin.coaches.region')}
              value={region}
              emptyOption={t('admin.coaches.allRegions')}
              options={GERMAN_STATES.map((state) => ({ value: state, label: stateName(state) }))}
              onChange={(value) => {
                setRegion(value);
                setPage(0);
              }}
            />
          </>
        ),
      }}
      list={{ paged: coaches, page, onPageChange: setPage, count: (count) => t('admin.coaches.count', { count }) }}
      loading={t('admin.coaches.loading')}
      empty={t('admin.coaches.empty')}
      caption={t('admin.coaches.caption')}
      columns={[
        { label: t('admin.coaches.fields.name') },
        { label: t('admin.coaches.fields.topics') },
        { label: t('admin.coaches.fields.regions') },
        { label: t('admin.coaches.fields.email') },
        { label: t('admin.actions') },
      ]}
      keyOf={(coach) => coach.id}
      row={(coach, { edit }) => (
        <tr key={coach.id}>
          <th scope="row">{coach.name}</th>
          <td>{coach.topics.map(topicName).join(', ')}</td>
          <td>{coach.regions.map(stateName).join(', ') || '–'}</td>
          <td>{coach.contact?.email ?? '–'}</td>
          <td>
            <AdminEditButton label={t('admin.edit')} name={t('admin.editNamed', { name: coach.name })} onClick={edit} />
          </td>
        </tr>
      )}
      create={{
        label: t('admin.coaches.new'),
        title: t('admin.coaches.createTitle'),
        form: (onSaved) => <CoachForm onSaved={onSaved} />,
      }}
      edit={{
        title: (coach) => t('admin.coaches.editTitle', { name: coach.name }),
        form: (coach, onSaved) => <EditCoach id={coach.id} onSaved={onSaved} />,
      }}
      saved={(coach) => t('admin.coaches.saved', { name: coach.name })}
    />
  );
}

function EditCoach({ id, onSaved }: { id: string; onSaved: (coach: CoachProfile) => void }) {
  const { t } = useTranslation('coaching');
  return (
    <AdminEditLoader
      query={useCoachVersion(id)}
      loading={t('admin.coaches.loadingOne')}
      notFound={t('admin.coaches.gone')}
      focusId="coach-name"
    >
      {(coach) => <CoachForm initial={coach} onSaved={onSaved} />}
    </AdminEditLoader>
  );
}
