package de.kreativland.transfer.tandem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A best-practice organisation, one of its concepts and a tandem organisation. Never serialized: the API shows {@link TandemDetail}. */
@Entity
@Table(name = "tandem")
public class Tandem {
    @Id
    public UUID id;

    @Column(name = "best_practice_organisation_id", nullable = false, updatable = false)
    public UUID bestPracticeOrganisationId;

    @Column(name = "concept_id", nullable = false, updatable = false)
    public UUID conceptId;

    @Column(name = "tandem_organisation_id", nullable = false, updatable = false)
    public UUID tandemOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TandemStatus status;

    @Column(name = "suggestion_rank")
    public Integer suggestionRank;

    @Column(name = "suggestion_score")
    public BigDecimal suggestionScore;

    @Column(name = "selection_reason")
    public String selectionReason;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
