package de.kreativland.transfer.concept;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The eleven sections; ten are Markdown text, the transfer plan is an ordered list of steps. */
@Schema(description = "The sections of a transfer concept. Text sections are Markdown and absent while empty; the transfer plan is ordered.")
public record ConceptSections(
        @Schema(nullable = true, description = "Ausgangssituation (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String startingSituation,
        @Schema(nullable = true, description = "Ziele und Zielgruppen (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String goalsAndTargetGroups,
        @Schema(nullable = true, description = "Angebot (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String offer,
        @Schema(nullable = true, description = "Organisation und Team (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String organisationAndTeam,
        @Schema(nullable = true, description = "Finanzierung (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String financing,
        @Schema(nullable = true, description = "Marketing und Kommunikation (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String marketingAndCommunication,
        @Schema(nullable = true, description = "Baurecht und Räumlichkeiten (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String buildingLawAndPremises,
        @Schema(nullable = true, description = "Digitale Infrastruktur (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String digitalInfrastructure,
        @Schema(nullable = true, description = "Transferplan: ordered steps, at most 50") @Valid @Size(max = ConceptSections.MAX_STEPS) List<TransferStep> transferPlan,
        @Schema(nullable = true, description = "Risiken und Erfolgsfaktoren (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String risksAndSuccessFactors,
        @Schema(nullable = true, description = "Ressourcen und Kontakte (Markdown)") @Size(max = ConceptSections.MAX_TEXT) String resourcesAndContacts) {

    static final int MAX_TEXT = 50000;
    public static final int MAX_STEPS = 50;

    public static ConceptSections empty() {
        return new ConceptSections(null, null, null, null, null, null, null, null, List.of(), null, null);
    }

    /** Blank text sections become absent, a missing plan an empty one. */
    public ConceptSections normalised() {
        return new ConceptSections(blankToNull(startingSituation), blankToNull(goalsAndTargetGroups), blankToNull(offer),
                blankToNull(organisationAndTeam), blankToNull(financing), blankToNull(marketingAndCommunication),
                blankToNull(buildingLawAndPremises), blankToNull(digitalInfrastructure),
                transferPlan == null ? List.of() : transferPlan.stream().map(s -> new TransferStep(s.title().strip(),
                        blankToNull(s.description()), blankToNull(s.typicalDuration()), s.topic())).toList(),
                blankToNull(risksAndSuccessFactors), blankToNull(resourcesAndContacts));
    }

    /** The Markdown text of a section; null for the transfer plan and for empty sections. */
    public String text(SectionKey key) {
        return switch (key) {
            case STARTING_SITUATION -> startingSituation;
            case GOALS_AND_TARGET_GROUPS -> goalsAndTargetGroups;
            case OFFER -> offer;
            case ORGANISATION_AND_TEAM -> organisationAndTeam;
            case FINANCING -> financing;
            case MARKETING_AND_COMMUNICATION -> marketingAndCommunication;
            case BUILDING_LAW_AND_PREMISES -> buildingLawAndPremises;
            case DIGITAL_INFRASTRUCTURE -> digitalInfrastructure;
            case TRANSFER_PLAN -> null;
            case RISKS_AND_SUCCESS_FACTORS -> risksAndSuccessFactors;
            case RESOURCES_AND_CONTACTS -> resourcesAndContacts;
        };
    }

    public List<TransferStep> steps() {
        return transferPlan == null ? List.of() : transferPlan;
    }

    /** Whether a section differs between these sections and others. */
    public boolean differs(SectionKey key, ConceptSections other) {
        return key == SectionKey.TRANSFER_PLAN ? !steps().equals(other.steps()) : !Objects.equals(text(key), other.text(key));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
