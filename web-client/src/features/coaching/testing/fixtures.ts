import { clara } from '@/test/coach-fixtures';
import type { CoachingAssignment, CoachingAssignmentPage } from '../api/get-coaching-assignments';
import type { CoachingSession, CoachingSessionPage } from '../api/get-coaching-sessions';

const coachRef = { id: clara.id, name: clara.name };
const kalbe = {
  id: '5b0c2d4e-1a01-4f6e-9c10-000000000001',
  name: 'Künstlerstadt Kalbe e.V.',
  town: 'Kalbe (Milde)',
  state: 'ST' as const,
};
const fichtel = {
  id: '5b0c2d4e-1a01-4f6e-9c10-000000000002',
  name: 'Künstlerkolonie Fichtelgebirge e.V.',
  town: 'Wunsiedel',
  state: 'BY' as const,
};

export const kalbeDevelopment: CoachingAssignment = {
  id: '3c0a0c4e-2b02-4f6e-9c21-000000000001',
  coach: coachRef,
  organisation: kalbe,
  topic: 'ORGANISATION_DEVELOPMENT',
  hourBudget: 20,
  hoursUsed: 4.5,
  hoursRemaining: 15.5,
  overBudget: false,
  hoursOver: 0,
};

export const kalbeFinancing: CoachingAssignment = {
  id: '3c0a0c4e-2b02-4f6e-9c21-000000000003',
  coach: coachRef,
  organisation: kalbe,
  topic: 'FINANCING',
  hourBudget: 8,
  hoursUsed: 9.5,
  hoursRemaining: -1.5,
  overBudget: true,
  hoursOver: 1.5,
};

export const fichtelDevelopment: CoachingAssignment = {
  id: '3c0a0c4e-2b02-4f6e-9c21-000000000002',
  coach: coachRef,
  organisation: fichtel,
  topic: 'ORGANISATION_DEVELOPMENT',
  hourBudget: 16,
  hoursUsed: 2,
  hoursRemaining: 14,
  overBudget: false,
  hoursOver: 0,
};

export function assignmentPage(items: CoachingAssignment[]): CoachingAssignmentPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

export const kalbeSessions: CoachingSession[] = [
  {
    id: '3c0a0c4e-2b02-4f6e-9c22-000000000002',
    assignmentId: kalbeDevelopment.id,
    heldOn: '2021-05-10',
    durationMinutes: 90,
    topic: 'ORGANISATION_DEVELOPMENT',
    format: 'VIDEO',
    notes: 'Organigramm besprochen; Ehrenamt und Hauptamt besser trennen.',
    nextSteps: 'Stellenbeschreibung für eine Koordinationsstelle entwerfen.',
    createdAt: '2021-05-10T12:00:00+02:00',
  },
  {
    id: '3c0a0c4e-2b02-4f6e-9c22-000000000001',
    assignmentId: kalbeDevelopment.id,
    heldOn: '2021-03-15',
    durationMinutes: 180,
    topic: 'ORGANISATION_DEVELOPMENT',
    format: 'ON_SITE',
    notes: 'Auftakt vor Ort: Rollen im Vorstand und im Team geklärt.',
    createdAt: '2021-03-15T12:00:00+02:00',
  },
];

export function sessionPage(items: CoachingSession[]): CoachingSessionPage {
  return { items, page: 0, size: 10, totalItems: items.length, totalPages: 1 };
}

export const sessionsPath = (assignmentId: string) => `/api/v1/coaching-assignments/${assignmentId}/sessions`;
