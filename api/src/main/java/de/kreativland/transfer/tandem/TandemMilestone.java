package de.kreativland.transfer.tandem;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A step of the concept's transfer plan as the tandem carries it out. */
@Entity
@Table(name = "tandem_milestone")
public class TandemMilestone extends Audited {
    @Id
    public UUID id;

    @Column(name = "tandem_id", nullable = false, updatable = false)
    public UUID tandemId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(updatable = false)
    public String description;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "typical_duration", updatable = false)
    public String typicalDuration;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "owner_organisation_id")
    public UUID ownerOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "adaptation_notes")
    public String adaptationNotes;
}
