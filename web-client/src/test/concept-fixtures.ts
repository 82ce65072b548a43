import type { ConceptPage } from '@/api/get-concepts';
import type { components } from '@/lib/api/schema';

type Concept = components['schemas']['Concept'];

/** A transfer concept as the API answers it: shared by the concepts and learning tests. */
export const CONCEPT_ID = '5b0c2d4e-1a01-4f6e-9c30-000000000001';
export const KALBE_ID = '5b0c2d4e-1a01-4f6e-9c10-000000000001';

export function concept(overrides: Partial<Concept> = {}): Concept {
  return {
    id: CONCEPT_ID,
    organisationId: KALBE_ID,
    organisationName: 'Künstlerstadt Kalbe e.V.',
    title: 'Künstlerstadt auf Zeit: Leerstand wird Atelier',
    status: 'DRAFT',
    sections: {
      startingSituation: 'Kalbe (Milde) hat **leerstehende** Häuser.',
      financing: 'Förderung von Land und Stiftungen.',
      transferPlan: [
        { title: 'Leerstand erfassen', description: 'Häuser sammeln.', typicalDuration: '3 Monate', topic: 'BUILDING_LAW' },
        { title: 'Trägerverein gründen', topic: 'ORGANISATION_DEVELOPMENT' },
      ],
    },
    currentVersionNumber: 0,
    createdAt: '2021-06-01T09:00:00+02:00',
    updatedAt: '2021-12-10T12:00:00+01:00',
    version: 7,
    availableTransitions: ['IN_REVIEW', 'ARCHIVED'],
    ...overrides,
  };
}

export function conceptPage(items = [concept({ status: 'PUBLISHED', currentVersionNumber: 2 })]): ConceptPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}
