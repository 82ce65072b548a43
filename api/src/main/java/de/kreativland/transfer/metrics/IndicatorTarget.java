package de.kreativland.transfer.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Baseline and target of an indicator for one scope and period. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget {
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

    void stamp(String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = now;
            createdBy = actor;
        }
        updatedAt = now;
        updatedBy = actor;
    }
}
