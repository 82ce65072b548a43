package de.kreativland.transfer.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A network initiative the centre supported. */
@Entity
@Table(name = "network_initiative")
public class NetworkInitiative {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "supported_on", nullable = false)
    public LocalDate supportedOn;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    public String town;

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
