package de.kreativland.transfer.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A value entered for a MANUAL indicator: FLOW over validFrom..validTo, STOCK as of a date.
 * Never updated: a correction is a new row that names the row it corrects and why.
 */
@Entity
@Immutable
@Table(name = "measurement")
public class Measurement {
    @Id
    public UUID id;

    @Column(name = "indicator_key", nullable = false)
    public String indicatorKey;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String note;

    @Column(name = "corrects_id")
    public UUID correctsId;

    public String reason;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;

    LocalDate firstDay() {
        return asOf != null ? asOf : validFrom;
    }

    LocalDate lastDay() {
        return asOf != null ? asOf : validTo;
    }
}
