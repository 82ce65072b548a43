import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import type { OutreachReport } from '../api/get-outreach-report';

/** The report's narrative sections ("Version B"), in order, below the figures. */
export function Narratives({ report }: { report: OutreachReport }) {
  const { t } = useTranslation('metrics');
  const narratives = [...report.narratives].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.position - b.position);
  return (
    <section className="report-section" aria-labelledby="narratives-heading">
      <h2 id="narratives-heading">{t('narratives.heading')}</h2>
      {narratives.length === 0 ? (
        <p>{t('narratives.empty')}</p>
      ) : (
        narratives.map((narrative) => (
          <article key={narrative.id} className="narrative">
            <h3>{narrative.title}</h3>
            <Markdown headingLevel={3}>{narrative.body}</Markdown>
          </article>
        ))
      )}
    </section>
  );
}
