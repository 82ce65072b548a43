import type { CoachPage, CoachProfile } from '@/api/get-coaches';
import type { ExpertiseTopic } from '@/api/get-expertise-topics';

/** Expertise topics and coaches as the API answers them: shared by the coaching and learning tests. */
export const topics: ExpertiseTopic[] = [
  {
    key: 'ORGANISATION_DEVELOPMENT',
    nameDe: 'Organisationsentwicklung',
    nameEn: 'Organisation development',
    position: 1,
    archived: false,
    version: 0,
  },
  { key: 'FINANCING', nameDe: 'Finanzierung', nameEn: 'Financing', position: 2, archived: false, version: 0 },
  { key: 'MARKETING', nameDe: 'Marketing', nameEn: 'Marketing', position: 3, archived: false, version: 0 },
];

export const clara: CoachProfile = {
  id: '3c0a0c4e-2b02-4f6e-9c20-000000000001',
  name: 'Clara Coach (Demo)',
  bio: 'Begleitet Vereine und Netzwerke auf dem Land. Erfundene Demo-Person.',
  topics: ['ORGANISATION_DEVELOPMENT', 'FINANCING'],
  regions: ['ST', 'BY', 'SN'],
  languages: ['de', 'en'],
  subject: '7c1d6a52-0d1e-4c1a-9a01-000000000003',
  contact: { email: 'coach@demo.kreativland.example', phone: '+49 30 5550 0103' },
};

/** As everybody but staff and the coach itself sees a coach: no subject, no contact. */
export const mara: CoachProfile = {
  id: '3c0a0c4e-2b02-4f6e-9c20-000000000003',
  name: 'Mara Markt (Demo)',
  bio: 'Marketing und Pressearbeit für Festivals. Erfundene Demo-Person.',
  topics: ['MARKETING'],
  regions: ['NW', 'HE'],
  languages: ['de', 'nl'],
};

export function coachPage(items: CoachProfile[] = [clara, mara]): CoachPage {
  return { items, page: 0, size: 12, totalItems: items.length, totalPages: 1 };
}
