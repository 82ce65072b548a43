package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import de.kreativland.transfer.common.GermanState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Where figures belong; every scope belongs to a state. */
@Entity
@Table(name = "metric_scope")
public class MetricScope extends Audited {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ScopeKind kind;

    @Column(nullable = false)
    public String name;

    public String town;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GermanState state;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(nullable = false)
    public boolean archived;
}
