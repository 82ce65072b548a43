package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event held: own event, network talk, workshop or trip. */
@Entity
@Table(name = "metric_event")
public class MetricEvent extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String town;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    @Column(nullable = false)
    public int participants;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organisation_ids", nullable = false)
    public List<UUID> organisationIds = new ArrayList<>();
}
