package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A narrative section of a report, for a scope and a period or date range. */
@Entity
@Table(name = "report_narrative")
public class ReportNarrative extends Audited {
    @Id
    public UUID id;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;
}
