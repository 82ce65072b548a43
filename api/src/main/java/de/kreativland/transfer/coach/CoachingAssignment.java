package de.kreativland.transfer.coach;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A coach supports an organisation on one expertise topic with a budget of hours. */
@Entity
@Table(name = "coaching_assignment")
public class CoachingAssignment extends Audited {
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
}
