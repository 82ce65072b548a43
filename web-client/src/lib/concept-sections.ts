import type { components } from '@/lib/api/schema';

export type ConceptSections = components['schemas']['ConceptSections'];
export type SectionKey = components['schemas']['SectionKey'];
export type TransferStep = components['schemas']['TransferStep'];
export type ConceptStatus = components['schemas']['ConceptStatus'];
/** The Markdown sections (every section but the transfer plan). */
export type TextSectionField = Exclude<keyof ConceptSections, 'transferPlan'>;

/** The eleven sections in the contract's order: the API's key and the field of ConceptSections. */
export const SECTIONS = [
  { key: 'STARTING_SITUATION', field: 'startingSituation' },
  { key: 'GOALS_AND_TARGET_GROUPS', field: 'goalsAndTargetGroups' },
  { key: 'OFFER', field: 'offer' },
  { key: 'ORGANISATION_AND_TEAM', field: 'organisationAndTeam' },
  { key: 'FINANCING', field: 'financing' },
  { key: 'MARKETING_AND_COMMUNICATION', field: 'marketingAndCommunication' },
  { key: 'BUILDING_LAW_AND_PREMISES', field: 'buildingLawAndPremises' },
  { key: 'DIGITAL_INFRASTRUCTURE', field: 'digitalInfrastructure' },
  { key: 'TRANSFER_PLAN', field: 'transferPlan' },
  { key: 'RISKS_AND_SUCCESS_FACTORS', field: 'risksAndSuccessFactors' },
  { key: 'RESOURCES_AND_CONTACTS', field: 'resourcesAndContacts' },
] as const satisfies readonly { key: SectionKey; field: keyof ConceptSections }[];

export const TEXT_SECTIONS = SECTIONS.filter(
  (section): section is Extract<(typeof SECTIONS)[number], { field: TextSectionField }> => section.key !== 'TRANSFER_PLAN',
);

/** Every status, in lifecycle order (a record, so the type checker notices a new contract value). */
export const CONCEPT_STATUSES = Object.keys({
  DRAFT: true,
  IN_REVIEW: true,
  CHANGES_REQUESTED: true,
  APPROVED: true,
  PUBLISHED: true,
  ARCHIVED: true,
} satisfies Record<ConceptStatus, true>) as ConceptStatus[];

/** While the working copy may be changed. */
export const EDITABLE_STATUSES: readonly ConceptStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

/** An HTML id for a section's heading or comment thread. */
export const sectionId = (key: SectionKey) => `section-${key.toLowerCase().replaceAll('_', '-')}`;
