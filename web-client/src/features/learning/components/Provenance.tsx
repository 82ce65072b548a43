import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/lib/api/schema';
import { SECTIONS } from '@/lib/concept-sections';

type Provenance = components['schemas']['Provenance'];

/** The concept section's key, whether the API names it by key (FINANCING) or by field (financing). */
function sectionKey(section: string | undefined) {
  if (!section) return undefined;
  return SECTIONS.find((candidate) => candidate.key === section.toUpperCase() || candidate.field === section)?.key;
}

/** "Aus dem Transferkonzept, Abschnitt „Ausgangslage“", linked to the concept. */
export function ProvenanceLink({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation('learning');
  const { t: tConcepts } = useTranslation('concepts');
  const key = sectionKey(provenance.section ?? undefined);
  return (
    <Link to={`/concepts/${provenance.conceptId}`}>
      {key ? t('module.provenanceSection', { section: tConcepts(`sections.${key}`) }) : t('module.provenance')}
    </Link>
  );
}
