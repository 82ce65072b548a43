package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A network initiative the centre supported. */
@Entity
@Table(name = "network_initiative")
public class NetworkInitiative extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "supported_on", nullable = false)
    public LocalDate supportedOn;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    public String town;
}
