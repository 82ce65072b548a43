package de.kreativland.transfer.coach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A coach supports an organisation on one expertise topic with a budget of hours. */
@Entity
@Table(name = "coaching_assignment")
public class CoachingAssignment {
    @Id
    public UUID id;

    @Column(name = "coach_id", nullable = false, updatable = false)
    public UUID coachId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "hour_budget", nullable = false, precision = 6, scale = 2)
    public BigDecimal hourBudget;

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
