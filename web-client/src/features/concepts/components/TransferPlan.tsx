import { useTranslation } from 'react-i18next';
import { isExpertiseTopic } from '@/lib/enums';
import { Markdown } from '@/components/Markdown';
import type { TransferStep } from '@/lib/concept-sections';

/** The topic's name, or its key when the client does not know it (yet). */
export function useTopicLabel() {
  const { t } = useTranslation('common');
  return (topic: string) => (isExpertiseTopic(topic) ? t(`topics.${topic}`) : topic);
}

/** The ordered steps of a transfer plan. */
export function TransferPlan({ steps, headingLevel = 3 }: { steps: TransferStep[] | null | undefined; headingLevel?: number }) {
  const { t } = useTranslation('concepts');
  const topicLabel = useTopicLabel();
  if (!steps || steps.length === 0) return <p className="muted">{t('plan.empty')}</p>;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <ol className="transfer-plan">
      {steps.map((step, index) => (
        <li key={index} className="transfer-plan__step">
          <Heading className="transfer-plan__title">{step.title}</Heading>
          <dl className="transfer-plan__facts">
            {step.typicalDuration && (
              <div>
                <dt>{t('plan.duration')}</dt>
                <dd>{step.typicalDuration}</dd>
              </div>
            )}
            <div>
              <dt>{t('plan.topic')}</dt>
              <dd>{topicLabel(step.topic)}</dd>
            </div>
          </dl>
          {step.description && <Markdown headingLevel={headingLevel + 1}>{step.description}</Markdown>}
        </li>
      ))}
    </ol>
  );
}
