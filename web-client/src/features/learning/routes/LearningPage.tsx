import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { SearchBox } from '@/components/SearchBox';
import { useAuth } from '@/lib/auth-context';
import { SUBMARKETS, type Submarket } from '@/lib/enums';
import { readPage } from '@/lib/page-param';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { useLearningModules, type ModuleFormat, type ModuleLevel } from '../api/get-learning-modules';
import { useLearningPaths } from '../api/get-learning-paths';
import { MODULE_FORMATS, MODULE_LEVELS } from '../components/labels';
import { ModuleFacts } from '../components/ModuleFacts';
import { AUTHOR_ROLES, STAFF_ROLES } from '../components/roles';
import { Snippet } from '../components/Snippet';
import '@/components/ui.css';
import '../learning.css';

export const LEARNING_PAGE_SIZE = 20;

type SearchParams = {
  page: number;
  q: string;
  topic?: string;
  submarket?: Submarket;
  format?: ModuleFormat;
  level?: ModuleLevel;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

/** Search, filters and page live in the address (?q=&topic=&submarket=&format=&level=&page=, one-based). */
function useSearch(): [SearchParams, (next: SearchParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params: SearchParams = {
    page: readPage(searchParams),
    q: searchParams.get('q') ?? '',
    topic: searchParams.get('topic') || undefined,
    submarket: oneOf(SUBMARKETS, searchParams.get('submarket')),
    format: oneOf(MODULE_FORMATS, searchParams.get('format')),
    level: oneOf(MODULE_LEVELS, searchParams.get('level')),
  };
  const set = ({ page, q, topic, submarket, format, level }: SearchParams) => {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (topic) next.set('topic', topic);
    if (submarket) next.set('submarket', submarket);
    if (format) next.set('format', format);
    if (level) next.set('level', level);
    if (page > 0) next.set('page', String(page + 1));
    setSearchParams(next);
  };
  return [params, set];
}

export function LearningPage() {
  const { t } = useTranslation('learning');
  const { t: tCommon } = useTranslation();
  const [params, setParams] = useSearch();
  const filter = (next: Partial<SearchParams>) => setParams({ ...params, ...next, page: 0 });
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      <AuthoringLink />
      <div className="learning-filters">
        <SearchBox
          id="learning-search"
          label={t('list.search')}
          hint={t('list.searchHint')}
          buttonLabel={t('list.searchButton')}
          q={params.q}
          onSearch={(q) => filter({ q })}
        />
        <TopicFilter value={params.topic} onChange={(topic) => filter({ topic })} />
        <Select
          id="learning-submarket"
          label={t('list.submarket')}
          all={t('list.allSubmarkets')}
          value={params.submarket}
          options={SUBMARKETS.map((submarket) => ({ value: submarket, label: tCommon(`submarkets.${submarket}`) }))}
          onChange={(submarket) => filter({ submarket })}
        />
        <Select
          id="learning-format"
          label={t('list.format')}
          all={t('list.allFormats')}
          value={params.format}
          options={MODULE_FORMATS.map((format) => ({ value: format, label: t(`format.${format}`) }))}
          onChange={(format) => filter({ format })}
        />
        <Select
          id="learning-level"
          label={t('list.level')}
          all={t('list.allLevels')}
          value={params.level}
          options={MODULE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
          onChange={(level) => filter({ level })}
        />
      </div>
      <section aria-labelledby="learning-modules-heading">
        <h2 id="learning-modules-heading">{t('list.modules')}</h2>
        <ModuleResults params={params} onPageChange={(page) => setParams({ ...params, page })} />
      </section>
      <PathList />
    </div>
  );
}

/** For those who may write modules: the way to their own (staff: to the review queue). */
function AuthoringLink() {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  if (!auth.authenticated || !AUTHOR_ROLES.some((role) => auth.hasRole(role))) return null;
  const staff = STAFF_ROLES.some((role) => auth.hasRole(role));
  return (
    <p className="learning-authoring-link">
      <Link to="/learning/authoring">{staff ? t('authoring.staffLink') : t('authoring.link')}</Link>
    </p>
  );
}

function Select<T extends string>({
  id,
  label,
  all,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  all: string;
  value?: T;
  options: { value: T; label: string }[];
  onChange: (value?: T) => void;
}) {
  return (
    <div className="sort-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Topics with their names from the API, in its order, in the reader's language. */
function TopicFilter({ value, onChange }: { value?: string; onChange: (topic?: string) => void }) {
  const { t, i18n } = useTranslation('learning');
  const topics = useExpertiseTopics();
  const english = i18n.language.startsWith('en');
  const options = [...(topics.data ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((topic) => ({ value: topic.key, label: english ? topic.nameEn : topic.nameDe }));
  // Keep a topic from the address selectable until the names have arrived.
  if (value && !options.some((option) => option.value === value)) options.push({ value, label: value });
  return (
    <Select
      id="learning-topic"
      label={t('list.topic')}
      all={t('list.allTopics')}
      value={value}
      options={options}
      onChange={onChange}
    />
  );
}

function ModuleResults({ params, onPageChange }: { params: SearchParams; onPageChange: (page: number) => void }) {
  const { t } = useTranslation('learning');
  const modules = useLearningModules({
    page: params.page,
    size: LEARNING_PAGE_SIZE,
    q: params.q || undefined,
    topic: params.topic,
    submarket: params.submarket,
    format: params.format,
    level: params.level,
  });
  return (
    <PagedResults
      query={modules}
      loading={t('list.loading')}
      empty={t('list.empty')}
      count={(count) => t('list.count', { count })}
      onPageChange={onPageChange}
    >
      {(items) => (
        <ul className="learning-results">
          {items.map((module) => (
            <li key={module.id} className="learning-result">
              <h3 className="learning-result__title">
                <Link to={`/learning/modules/${module.slug}`}>{module.title}</Link>
              </h3>
              <ModuleFacts format={module.format} level={module.level} minutes={module.estimatedMinutes} />
              {module.snippet ? <Snippet html={module.snippet} /> : <p className="learning-result__summary">{module.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </PagedResults>
  );
}

function PathList() {
  const { t } = useTranslation('learning');
  const paths = useLearningPaths();
  return (
    <section aria-labelledby="learning-paths-heading" className="learning-paths">
      <h2 id="learning-paths-heading">{t('paths.heading')}</h2>
      {paths.isPending ? (
        <Loading label={t('paths.loading')} />
      ) : paths.isError ? (
        <ErrorMessage error={paths.error} />
      ) : paths.data.items.length === 0 ? (
        <p>{t('paths.empty')}</p>
      ) : (
        <ul className="learning-path-list">
          {paths.data.items.map((path) => (
            <li key={path.id}>
              <Link to={`/learning/paths/${path.slug}`}>{path.title}</Link>{' '}
              <span className="muted">({t('paths.moduleCount', { count: path.moduleCount })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
