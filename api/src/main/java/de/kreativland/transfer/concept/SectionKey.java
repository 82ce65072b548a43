package de.kreativland.transfer.concept;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The eleven sections of a transfer concept, in the order they are shown and exported. */
@Schema(description = "A section of a transfer concept")
public enum SectionKey {
    STARTING_SITUATION("Ausgangssituation", "Starting situation"),
    GOALS_AND_TARGET_GROUPS("Ziele und Zielgruppen", "Goals and target groups"),
    OFFER("Angebot", "The offer"),
    ORGANISATION_AND_TEAM("Organisation und Team", "Organisation and team"),
    FINANCING("Finanzierung", "Financing"),
    MARKETING_AND_COMMUNICATION("Marketing und Kommunikation", "Marketing and communication"),
    BUILDING_LAW_AND_PREMISES("Baurecht und Räumlichkeiten", "Building law and premises"),
    DIGITAL_INFRASTRUCTURE("Digitale Infrastruktur", "Digital infrastructure"),
    TRANSFER_PLAN("Transferplan", "Transfer plan"),
    RISKS_AND_SUCCESS_FACTORS("Risiken und Erfolgsfaktoren", "Risks and success factors"),
    RESOURCES_AND_CONTACTS("Ressourcen und Kontakte", "Resources and contacts");

    public static final String PATTERN = "^(STARTING_SITUATION|GOALS_AND_TARGET_GROUPS|OFFER|ORGANISATION_AND_TEAM|FINANCING"
            + "|MARKETING_AND_COMMUNICATION|BUILDING_LAW_AND_PREMISES|DIGITAL_INFRASTRUCTURE|TRANSFER_PLAN"
            + "|RISKS_AND_SUCCESS_FACTORS|RESOURCES_AND_CONTACTS)$";

    private final String titleDe;
    private final String titleEn;

    SectionKey(String titleDe, String titleEn) {
        this.titleDe = titleDe;
        this.titleEn = titleEn;
    }

    public String title(boolean english) {
        return english ? titleEn : titleDe;
    }
}
