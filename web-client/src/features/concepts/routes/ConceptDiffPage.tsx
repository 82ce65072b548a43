import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useConceptDiff, type SectionDiff, type StepDiff } from '../api/get-concept-diff';
import { useConceptVersions, type ConceptVersionSummary } from '../api/get-concept-versions';
import { formatDate } from '@/lib/format';
import { Markdown } from '@/components/Markdown';
import { sectionId } from '@/lib/concept-sections';
import { useTopicLabel } from '../components/TransferPlan';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../concepts.css';

function versionParam(value: string | null): number | undefined {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? parsed : undefined;
}

/** Two versions side by side (stacked on small screens): changed sections first, unchanged ones collapsed. */
export function ConceptDiffPage() {
  const { t } = useTranslation('concepts');
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const from = versionParam(searchParams.get('from'));
  const to = versionParam(searchParams.get('to'));
  const versions = useConceptVersions(id);

  return (
    <div className="content concept-diff">
      <BackLink to={`/concepts/${id}`}>{t('diff.back')}</BackLink>
      <PageHeading title={t('diff.title')}>{t('diff.title')}</PageHeading>
      {versions.isPending ? (
        <Loading label={t('diff.loading')} />
      ) : versions.isError ? (
        <ErrorMessage error={versions.error} />
      ) : versions.data.items.length < 2 ? (
        <p>{t('diff.needTwo')}</p>
      ) : (
        <>
          <VersionPickers
            key={`${from}-${to}`}
            versions={versions.data.items}
            from={from ?? versions.data.items[1]!.number}
            to={to ?? versions.data.items[0]!.number}
            onCompare={(nextFrom, nextTo) => setSearchParams({ from: String(nextFrom), to: String(nextTo) })}
          />
          <DiffResult conceptId={id} from={from ?? versions.data.items[1]!.number} to={to ?? versions.data.items[0]!.number} />
        </>
      )}
    </div>
  );
}

function VersionPickers({
  versions,
  from,
  to,
  onCompare,
}: {
  versions: ConceptVersionSummary[];
  from: number;
  to: number;
  onCompare: (from: number, to: number) => void;
}) {
  const { t, i18n } = useTranslation('concepts');
  const [chosenFrom, setChosenFrom] = useState(from);
  const [chosenTo, setChosenTo] = useState(to);
  const ids = { from: useId(), to: useId() };
  const options = versions.map((version) => (
    <option key={version.number} value={version.number}>
      {t('diff.versionOption', { number: version.number, date: formatDate(version.submittedAt, i18n.language) })}
    </option>
  ));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompare(Math.min(chosenFrom, chosenTo), Math.max(chosenFrom, chosenTo));
  };
  return (
    <form className="concept-diff__pickers" onSubmit={submit} aria-label={t('diff.title')}>
      <div className="field">
        <label htmlFor={ids.from}>{t('diff.from')}</label>
        <select id={ids.from} value={chosenFrom} onChange={(event) => setChosenFrom(Number(event.target.value))}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('diff.to')}</label>
        <select id={ids.to} value={chosenTo} onChange={(event) => setChosenTo(Number(event.target.value))}>
          {options}
        </select>
      </div>
      <button type="submit" className="button">
        {t('diff.compare')}
      </button>
    </form>
  );
}

function DiffResult({ conceptId, from, to }: { conceptId: string; from: number; to: number }) {
  const { t } = useTranslation('concepts');
  const same = from === to;
  const diff = useConceptDiff({ id: conceptId, from, to }, { enabled: !same });
  if (same) return <p role="alert">{t('diff.sameVersion')}</p>;
  if (diff.isPending) return <Loading label={t('diff.loading')} />;
  if (diff.isError) return <ErrorMessage error={diff.error} />;

  const changed = diff.data.sections.filter((section) => section.changed);
  const unchanged = diff.data.sections.filter((section) => !section.changed);
  const labels = { before: t('diff.before', { number: diff.data.from }), after: t('diff.after', { number: diff.data.to }) };
  return (
    <>
      <p className="result-count" role="status">
        {changed.length > 0 ? t('diff.summary', { count: changed.length }) : t('diff.summaryNone')}
      </p>
      {diff.data.titleChanged && (
        <section className="diff-section" aria-labelledby="diff-title">
          <h2 id="diff-title">{t('diff.title_changed')}</h2>
          <div className="diff-pair">
            <div className="diff-pair__side diff-pair__side--before">
              <h3>{labels.before}</h3>
              <p>{diff.data.titleBefore}</p>
            </div>
            <div className="diff-pair__side diff-pair__side--after">
              <h3>{labels.after}</h3>
              <p>{diff.data.titleAfter}</p>
            </div>
          </div>
        </section>
      )}
      {changed.length > 0 && (
        <section aria-labelledby="diff-changed">
          <h2 id="diff-changed">{t('diff.changed')}</h2>
          {changed.map((section) => (
            <ChangedSection key={section.key} section={section} labels={labels} />
          ))}
        </section>
      )}
      {unchanged.length > 0 && (
        <section aria-labelledby="diff-unchanged">
          <h2 id="diff-unchanged">{t('diff.unchanged')}</h2>
          <details className="diff-unchanged">
            <summary>{t('diff.unchangedCount', { count: unchanged.length })}</summary>
            {unchanged.map((section) => (
              <div key={section.key} className="diff-unchanged__section">
                <h3>{t(`sections.${section.key}`)}</h3>
                {section.key === 'TRANSFER_PLAN' ? (
                  <StepChanges steps={section.steps ?? []} labels={labels} />
                ) : section.after ? (
                  <Markdown headingLevel={4}>{section.after}</Markdown>
                ) : (
                  <p className="muted">{t('diff.empty')}</p>
                )}
              </div>
            ))}
          </details>
        </section>
      )}
    </>
  );
}

type Labels = { before: string; after: string };

function ChangedSection({ section, labels }: { section: SectionDiff; labels: Labels }) {
  const { t } = useTranslation('concepts');
  const headingId = `diff-${sectionId(section.key)}`;
  return (
    <section className="diff-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`sections.${section.key}`)}</h3>
      {section.key === 'TRANSFER_PLAN' ? (
        <StepChanges steps={section.steps ?? []} labels={labels} />
      ) : (
        <div className="diff-pair">
          <div className="diff-pair__side diff-pair__side--before">
            <h4>{labels.before}</h4>
            {section.before ? <Markdown headingLevel={5}>{section.before}</Markdown> : <p className="muted">{t('diff.empty')}</p>}
          </div>
          <div className="diff-pair__side diff-pair__side--after">
            <h4>{labels.after}</h4>
            {section.after ? <Markdown headingLevel={5}>{section.after}</Markdown> : <p className="muted">{t('diff.empty')}</p>}
          </div>
        </div>
      )}
    </section>
  );
}

/** The plan compared position by position, each with its change (Hinzugefügt, Entfernt, Geändert, Unverändert). */
function StepChanges({ steps, labels }: { steps: StepDiff[]; labels: Labels }) {
  const { t } = useTranslation('concepts');
  const topicLabel = useTopicLabel();
  const stepText = (step: StepDiff['before']) =>
    step ? (
      <>
        <p className="diff-step__title">{step.title}</p>
        <p className="muted">{[step.typicalDuration, topicLabel(step.topic)].filter(Boolean).join(' · ')}</p>
        {step.description && <Markdown headingLevel={6}>{step.description}</Markdown>}
      </>
    ) : (
      <p className="muted">{t('diff.empty')}</p>
    );
  return (
    <ol className="diff-steps">
      {steps.map((step) => (
        <li key={step.position} className={`diff-step diff-step--${step.change.toLowerCase()}`}>
          <p className="diff-step__head">
            <span>{t('diff.position', { number: step.position })}</span>{' '}
            <span className="status-badge">{t(`diff.stepChange.${step.change}`)}</span>
          </p>
          {step.change !== 'UNCHANGED' && (
            <div className="diff-pair">
              <div className="diff-pair__side diff-pair__side--before" aria-label={labels.before} role="group">
                {stepText(step.before)}
              </div>
              <div className="diff-pair__side diff-pair__side--after" aria-label={labels.after} role="group">
                {stepText(step.after)}
              </div>
            </div>
          )}
          {step.change === 'UNCHANGED' && step.after && <p className="diff-step__title">{step.after.title}</p>}
        </li>
      ))}
    </ol>
  );
}
