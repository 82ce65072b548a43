import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoaches, type CoachProfile, type GermanState } from '@/api/get-coaches';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { SelectField } from '@/components/form/FormField';
import { ModalDialog } from '@/components/ModalDialog';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import '@/components/admin-screen.css';
import { GERMAN_STATES } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { useTopicName } from '@/lib/use-topic-name';
import { useCoachVersion } from '../api/manage-coaches';
import { CoachForm } from './CoachForm';
import { CloseButton, STAFF } from './shared';
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
  const [editing, setEditing] = useState<CoachProfile | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const coaches = useCoaches({
    page,
    size: PAGE_SIZE,
    topic: topic || undefined,
    region: (region || undefined) as GermanState | undefined,
  });
  const english = i18n.language.startsWith('en');

  const saved = (coach: CoachProfile) => {
    setEditing(null);
    setMessage(t('admin.coaches.saved', { name: coach.name }));
  };

  return (
    <div className="content admin-screen">
      <BackLink to="/admin">{t('admin.back')}</BackLink>
      <PageHeading title={t('admin.coaches.title')}>{t('admin.coaches.title')}</PageHeading>
      <RequireRole roles={STAFF} messages={{ forbidden: t('admin.forbidden') }}>
        <p className="lead">{t('admin.coaches.intro')}</p>
        <div className="admin-toolbar">
          <section className="filters admin-filter" aria-labelledby="coaches-filter-heading">
            <h2 id="coaches-filter-heading">{t('admin.filter')}</h2>
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
          </section>
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('admin.coaches.new')}
          </button>
        </div>
        <p className="admin-message" role="status">
          {message}
        </p>
        <PagedResults
          query={coaches}
          loading={t('admin.coaches.loading')}
          empty={t('admin.coaches.empty')}
          count={(count) => t('admin.coaches.count', { count })}
          page={page}
          onPageChange={setPage}
        >
          {(items) => (
            <DataTable
              captionId="admin-coaches-caption"
              caption={t('admin.coaches.caption')}
              columns={[
                { label: t('admin.coaches.fields.name') },
                { label: t('admin.coaches.fields.topics') },
                { label: t('admin.coaches.fields.regions') },
                { label: t('admin.coaches.fields.email') },
                { label: t('admin.actions') },
              ]}
            >
              {items.map((coach) => (
                <tr key={coach.id}>
                  <th scope="row">{coach.name}</th>
                  <td>{coach.topics.map(topicName).join(', ')}</td>
                  <td>{coach.regions.map(stateName).join(', ') || '–'}</td>
                  <td>{coach.contact?.email ?? '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('admin.editNamed', { name: coach.name })}
                      onClick={() => setEditing(coach)}
                    >
                      {t('admin.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </PagedResults>
        {editing === 'new' && (
          <ModalDialog title={t('admin.coaches.createTitle')} onClose={() => setEditing(null)}>
            <CoachForm onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {editing && editing !== 'new' && (
          <ModalDialog title={t('admin.coaches.editTitle', { name: editing.name })} onClose={() => setEditing(null)}>
            <EditCoach id={editing.id} onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
      </RequireRole>
    </div>
  );
}

function EditCoach({ id, onSaved }: { id: string; onSaved: (coach: CoachProfile) => void }) {
  const { t } = useTranslation('coaching');
  const coach = useCoachVersion(id);
  const loaded = coach.isSuccess;
  useEffect(() => {
    if (loaded) document.getElementById('coach-name')?.focus();
  }, [loaded]);
  if (!coach.isSuccess) {
    return <EditorLoadState query={coach} loading={t('admin.coaches.loadingOne')} notFound={t('admin.coaches.gone')} />;
  }
  return <CoachForm initial={coach.data} onSaved={onSaved} />;
}
