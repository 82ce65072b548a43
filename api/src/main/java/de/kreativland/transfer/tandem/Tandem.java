package de.kreativland.transfer.tandem;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A best-practice organisation, one of its concepts and a tandem organisation. Never serialized: the API shows {@link TandemDetail}. */
@Entity
@Table(name = "tandem")
public class Tandem extends Audited {
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

    @Column(name = "best_practice_agreed_at")
    public OffsetDateTime bestPracticeAgreedAt;

    @Column(name = "best_practice_agreed_by")
    public String bestPracticeAgreedBy;

    @Column(name = "best_practice_agreed_by_name")
    public String bestPracticeAgreedByName;

    @Column(name = "tandem_agreed_at")
    public OffsetDateTime tandemAgreedAt;

    @Column(name = "tandem_agreed_by")
    public String tandemAgreedBy;

    @Column(name = "tandem_agreed_by_name")
    public String tandemAgreedByName;
}
