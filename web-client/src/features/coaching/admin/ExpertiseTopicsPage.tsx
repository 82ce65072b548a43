import { useTranslation } from 'react-i18next';
import { useExpertiseTopics, type ExpertiseTopic } from '@/api/get-expertise-topics';
import { AdminResourcePage } from '@/components/AdminResourcePage';
import { STAFF } from './shared';

/** The expertise topics coaches advise on, in display order. */
export function ExpertiseTopicsPage() {
  const { t } = useTranslation('coaching');
  return (
    <AdminResourcePage<ExpertiseTopic>
      id="topics"
      title={t('admin.topics.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={STAFF}
      forbidden={t('admin.forbidden')}
      intro={t('admin.topics.intro')}
      list={{ all: useExpertiseTopics() }}
      loading={t('admin.topics.loading')}
      empty={t('admin.topics.caption')}
      caption={t('admin.topics.caption')}
      columns={[
        { label: t('admin.topics.position'), numeric: true },
        { label: t('admin.topics.nameDe') },
        { label: t('admin.topics.nameEn') },
        { label: t('admin.topics.key') },
      ]}
      keyOf={(topic) => topic.key}
      row={(topic) => (
        <tr key={topic.key}>
          <td className="data-table__number">{topic.position}</td>
          <th scope="row">{topic.nameDe}</th>
          <td>{topic.nameEn}</td>
          <td>
            <code>{topic.key}</code>
          </td>
        </tr>
      )}
    />
  );
}
