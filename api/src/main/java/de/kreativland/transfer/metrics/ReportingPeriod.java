package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A reporting period and its approval status. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodStatus status;

    /** Subject of who submitted it while SUBMITTED or later; empty while OPEN. */
    @Column(name = "submitted_by")
    public String submittedBy;
}
