package de.kreativland.transfer.coach;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One coaching session held within an assignment; its duration counts against the assignment's budget. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends Audited {
    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    public UUID assignmentId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(nullable = false)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionFormat format;

    public String notes;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "over_budget_reason")
    public String overBudgetReason;
}
