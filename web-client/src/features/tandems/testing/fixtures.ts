import type { TandemActivityPage } from '../api/activities';
import type { Tandem } from '../api/get-tandem';
import type { TandemSuggestion, TandemSuggestionPage } from '../api/get-tandem-suggestions';
import type { TandemPage } from '../api/get-tandems';
import type { Milestone, MilestonePage } from '../api/milestones';

export const CONCEPT_ID = '5b0c2d4e-1a01-4f6e-9c30-000000000002';
export const FICHTELGEBIRGE_ID = '5b0c2d4e-1a01-4f6e-9c10-000000000002';
export const ERZGEBIRGE_ID = '5b0c2d4e-1a01-4f6e-9c10-000000000201';
export const HOF_ID = '5b0c2d4e-1a01-4f6e-9c10-000000000204';
export const TANDEM_ID = '5b0c2d4e-1a01-4f6e-9c40-000000000001';
export const tandemPath = `/api/v1/tandems/${TANDEM_ID}`;
export const suggestionsPath = `/api/v1/transfer-concepts/${CONCEPT_ID}/tandem-suggestions`;

const fichtelgebirge = {
  id: FICHTELGEBIRGE_ID,
  name: 'Künstlerkolonie Fichtelgebirge e.V.',
  town: 'Wunsiedel',
  state: 'BY' as const,
};
const erzgebirge = { id: ERZGEBIRGE_ID, name: 'Kreativnetz Erzgebirge (Demo)', town: 'Annaberg-Buchholz', state: 'SN' as const };

export function suggestion(overrides: Partial<TandemSuggestion> = {}): TandemSuggestion {
  return {
    rank: 1,
    organisation: { id: HOF_ID, name: 'Designkollektiv Hof (Demo)', town: 'Hof', state: 'BY' },
    score: 0.72,
    reasons: [
      {
        factor: 'SUBMARKETS',
        weight: 0.3,
        similarity: 0.9,
        share: 0.27,
        value: 'Design, Musik',
        explanation: 'Beide arbeiten in Design und Musik.',
      },
      {
        factor: 'DISTANCE',
        weight: 0.25,
        similarity: 0.92,
        share: 0.23,
        value: '48 km',
        explanation: 'Die Orte liegen 48 km auseinander.',
      },
      {
        factor: 'TOPICS',
        weight: 0.2,
        similarity: 0.5,
        share: 0.1,
        value: '1 von 2',
        explanation: 'Ein gewünschtes Thema deckt das Konzept ab.',
      },
    ],
    ...overrides,
  };
}

export function suggestionPage(items: TandemSuggestion[]): TandemSuggestionPage {
  return { conceptId: CONCEPT_ID, items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

export const conceptsPage = (status: string) => ({
  items:
    status === 'PUBLISHED'
      ? [
          {
            id: CONCEPT_ID,
            organisationId: FICHTELGEBIRGE_ID,
            organisationName: fichtelgebirge.name,
            title: 'Netzwerk der Kreativen im ländlichen Raum',
            status: 'PUBLISHED',
            currentVersionNumber: 2,
            updatedAt: '2022-01-17T12:00:00+01:00',
          },
        ]
      : [],
  page: 0,
  size: 100,
  totalItems: status === 'PUBLISHED' ? 1 : 0,
  totalPages: status === 'PUBLISHED' ? 1 : 0,
});

export function tandem(overrides: Partial<Tandem> = {}): Tandem {
  return {
    id: TANDEM_ID,
    bestPracticeOrganisation: fichtelgebirge,
    tandemOrganisation: erzgebirge,
    conceptId: CONCEPT_ID,
    conceptTitle: 'Netzwerk der Kreativen im ländlichen Raum',
    status: 'ACTIVE',
    startedOn: '2023-03-01',
    progressPercent: 40,
    milestones: { total: 5, open: 2, inProgress: 1, done: 2, overdue: 0 },
    bestPracticeAgreement: {
      organisationId: fichtelgebirge.id,
      agreed: true,
      agreedAt: '2023-02-01T10:00:00+01:00',
      agreedByName: 'Paul Partner (Demo)',
    },
    tandemAgreement: {
      organisationId: erzgebirge.id,
      agreed: true,
      agreedAt: '2023-02-02T10:00:00+01:00',
      agreedByName: 'Erika Erzgebirge (Demo)',
    },
    availableTransitions: ['COMPLETED', 'CANCELLED'],
    createdAt: '2023-01-10T10:00:00+01:00',
    updatedAt: '2023-06-01T10:00:00+02:00',
    version: 4,
    ...overrides,
  };
}

export function tandemPage(items = [tandem()]): TandemPage {
  return {
    items: items.map((item) => ({ ...item, overdueMilestones: item.milestones.overdue })),
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: 1,
  };
}

export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: '5b0c2d4e-1a01-4f6e-9c41-000000000001',
    tandemId: TANDEM_ID,
    position: 1,
    title: 'Kreative der Region finden',
    topic: 'ORGANISATION_DEVELOPMENT',
    dueOn: '2023-06-30',
    ownerOrganisationId: ERZGEBIRGE_ID,
    status: 'IN_PROGRESS',
    overdue: false,
    updatedAt: '2023-05-01T10:00:00+02:00',
    version: 3,
    ...overrides,
  };
}

export function milestonePage(items = [milestone()]): MilestonePage {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: 1 };
}

export const noActivities: TandemActivityPage = { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 };
