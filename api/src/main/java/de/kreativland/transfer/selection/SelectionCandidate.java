package de.kreativland.transfer.selection;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation competing in a selection round, and the coordinator's decision on it. */
@Entity
@Table(name = "selection_candidate")
public class SelectionCandidate extends Audited {
    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public SelectionDecision decision;

    public String rationale;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "incomplete_reason")
    public String incompleteReason;

    @Column(name = "decided_weighted_score", precision = 4, scale = 2)
    public BigDecimal decidedWeightedScore;
}
