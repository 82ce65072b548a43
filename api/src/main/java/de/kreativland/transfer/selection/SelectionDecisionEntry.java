package de.kreativland.transfer.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One decision on a candidate; rows are only added. */
@Entity
@Immutable
@Table(name = "selection_decision")
public class SelectionDecisionEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SelectionDecision decision;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "incomplete_reason")
    public String incompleteReason;

    @Column(name = "criteria_scored", nullable = false)
    public int criteriaScored;

    @Column(name = "criteria_total", nullable = false)
    public int criteriaTotal;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_by_name", nullable = false)
    public String decidedByName;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
}
