package de.kreativland.transfer.tandem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One lifecycle step of a tandem; never changed. */
@Entity
@Table(name = "tandem_transition")
public class TandemHistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tandem_id", nullable = false, updatable = false)
    public UUID tandemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public TandemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public TandemStatus toStatus;

    @Column(updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;
}
