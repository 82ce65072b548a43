package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** Baseline and target of an indicator for one scope and period. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends Audited {
    @Id
    public UUID id;

    @Column(name = "indicator_key", nullable = false, updatable = false)
    public String indicatorKey;

    @Column(name = "scope_id", nullable = false, updatable = false)
    public UUID scopeId;

    @Column(name = "period_id", nullable = false, updatable = false)
    public UUID periodId;

    public BigDecimal baseline;

    public BigDecimal target;
}
