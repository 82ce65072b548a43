import { CONCEPT_ID } from '@/test/concept-fixtures';
import type { ConceptDiff } from '../api/get-concept-diff';
import type { Comment, CommentPage } from '../api/get-concept-comments';
import type { ConceptVersionPage } from '../api/get-concept-versions';

export const conceptPath = `/api/v1/transfer-concepts/${CONCEPT_ID}`;

export function comment(overrides: Partial<Comment> = {}): Comment {
  return {
    id: '5b0c2d4e-1a01-4f6e-9c32-000000000001',
    conceptId: CONCEPT_ID,
    versionNumber: 2,
    section: 'FINANCING',
    body: 'Wie wird die Koordinationsstelle finanziert?',
    authorName: 'Clara Coach (Demo)',
    resolved: false,
    createdAt: '2021-11-20T10:00:00+01:00',
    updatedAt: '2021-11-20T10:00:00+01:00',
    version: 3,
    ...overrides,
  };
}

export function commentPage(items: Comment[]): CommentPage {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: 1 };
}

export const versions: ConceptVersionPage = {
  items: [
    {
      number: 2,
      title: 'Künstlerstadt auf Zeit',
      submittedAt: '2021-11-15T10:00:00+01:00',
      submittedByName: 'Paula Partner (Demo)',
      published: true,
    },
    {
      number: 1,
      title: 'Künstlerstadt auf Zeit',
      submittedAt: '2021-09-01T10:00:00+02:00',
      submittedByName: 'Paula Partner (Demo)',
      published: false,
    },
  ],
  page: 0,
  size: 100,
  totalItems: 2,
  totalPages: 1,
};

export const diff: ConceptDiff = {
  conceptId: CONCEPT_ID,
  from: 1,
  to: 2,
  titleChanged: false,
  titleBefore: 'Künstlerstadt auf Zeit',
  titleAfter: 'Künstlerstadt auf Zeit',
  changedSections: ['FINANCING', 'TRANSFER_PLAN'],
  sections: [
    { key: 'STARTING_SITUATION', changed: false, before: 'Kalbe liegt in der Altmark.', after: 'Kalbe liegt in der Altmark.' },
    { key: 'GOALS_AND_TARGET_GROUPS', changed: false },
    { key: 'OFFER', changed: false },
    { key: 'ORGANISATION_AND_TEAM', changed: false },
    {
      key: 'FINANCING',
      changed: true,
      before: 'Projektförderungen.',
      after: 'Projektförderungen und ein Kostenplan für drei Jahre.',
    },
    { key: 'MARKETING_AND_COMMUNICATION', changed: false },
    { key: 'BUILDING_LAW_AND_PREMISES', changed: false },
    { key: 'DIGITAL_INFRASTRUCTURE', changed: false },
    {
      key: 'TRANSFER_PLAN',
      changed: true,
      steps: [
        {
          position: 1,
          change: 'UNCHANGED',
          before: { title: 'Leerstand erfassen', topic: 'BUILDING_LAW' },
          after: { title: 'Leerstand erfassen', topic: 'BUILDING_LAW' },
        },
        {
          position: 2,
          change: 'CHANGED',
          before: { title: 'Förderung suchen', topic: 'FINANCING' },
          after: { title: 'Förderung beantragen', topic: 'FINANCING' },
        },
        { position: 3, change: 'ADDED', after: { title: 'Offene Ateliers feiern', topic: 'MARKETING' } },
      ],
    },
    { key: 'RISKS_AND_SUCCESS_FACTORS', changed: false },
    { key: 'RESOURCES_AND_CONTACTS', changed: false },
  ],
};
