import { useTranslation } from 'react-i18next';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import '@/components/admin-screen.css';
import { STAFF } from './shared';

/** The expertise topics coaches advise on, in display order. */
export function ExpertiseTopicsPage() {
  const { t } = useTranslation('coaching');
  const topics = useExpertiseTopics();
  return (
    <div className="content admin-screen">
      <BackLink to="/admin">{t('admin.back')}</BackLink>
      <PageHeading title={t('admin.topics.title')}>{t('admin.topics.title')}</PageHeading>
      <RequireRole roles={STAFF} messages={{ forbidden: t('admin.forbidden') }}>
        <p className="lead">{t('admin.topics.intro')}</p>
        {topics.isPending ? (
          <Loading label={t('admin.topics.loading')} />
        ) : topics.isError ? (
          <ErrorMessage error={topics.error} />
        ) : (
          <DataTable
            captionId="topics-caption"
            caption={t('admin.topics.caption')}
            columns={[
              { label: t('admin.topics.position'), numeric: true },
              { label: t('admin.topics.nameDe') },
              { label: t('admin.topics.nameEn') },
              { label: t('admin.topics.key') },
            ]}
          >
            {topics.data.map((topic) => (
              <tr key={topic.key}>
                <td className="data-table__number">{topic.position}</td>
                <th scope="row">{topic.nameDe}</th>
                <td>{topic.nameEn}</td>
                <td>
                  <code>{topic.key}</code>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </RequireRole>
    </div>
  );
}
