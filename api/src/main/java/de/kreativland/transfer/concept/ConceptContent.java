package de.kreativland.transfer.concept;

/** What a version freezes: the title and the sections. Stored as jsonb in transfer_concept_version.content. */
record ConceptContent(String title, ConceptSections sections) {
}
