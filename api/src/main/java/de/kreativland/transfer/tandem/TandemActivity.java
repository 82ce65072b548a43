package de.kreativland.transfer.tandem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting, visit, call or workshop of a tandem. */
@Entity
@Table(name = "tandem_activity")
public class TandemActivity {
    @Id
    public UUID id;

    @Column(name = "tandem_id", nullable = false, updatable = false)
    public UUID tandemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String participants;

    public String notes;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;
}
