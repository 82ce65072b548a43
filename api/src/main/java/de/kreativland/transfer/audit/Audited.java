package de.kreativland.transfer.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The columns every editable table carries: the optimistic-lock {@code version} (the ETag) and who
 * created and last changed the row, when. {@link AuditStamp} fills them on insert and update; services
 * never write them.
 */
@MappedSuperclass
@EntityListeners(AuditStamp.class)
public abstract class Audited {
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

    /**
     * Counts the row as changed although none of its own columns did (a part of it changed), so that it
     * gets a new version, a new updated stamp and a place at the end of the change feed.
     */
    public void touch() {
        updatedAt = OffsetDateTime.now();
    }
}
