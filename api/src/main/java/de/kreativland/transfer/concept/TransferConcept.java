package de.kreativland.transfer.concept;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The working copy of a transfer concept. Never serialized: the API shows {@link Concept}. */
@Entity
@Table(name = "transfer_concept")
public class TransferConcept extends Audited {
    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConceptStatus status;

    @Column(name = "starting_situation")
    public String startingSituation;

    @Column(name = "goals_and_target_groups")
    public String goalsAndTargetGroups;

    public String offer;

    @Column(name = "organisation_and_team")
    public String organisationAndTeam;

    public String financing;

    @Column(name = "marketing_and_communication")
    public String marketingAndCommunication;

    @Column(name = "building_law_and_premises")
    public String buildingLawAndPremises;

    @Column(name = "digital_infrastructure")
    public String digitalInfrastructure;

    /** The plan's steps as a JSON array, written and read by {@link ConceptService}. */
    @Column(name = "transfer_plan", nullable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String transferPlanJson;

    @Column(name = "risks_and_success_factors")
    public String risksAndSuccessFactors;

    @Column(name = "resources_and_contacts")
    public String resourcesAndContacts;

    @Column(name = "current_version_number", nullable = false)
    public int currentVersionNumber;

    @Column(name = "published_version_number")
    public Integer publishedVersionNumber;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
