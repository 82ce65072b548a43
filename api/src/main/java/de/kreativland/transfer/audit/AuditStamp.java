package de.kreativland.transfer.audit;

import de.kreativland.transfer.account.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;

/** Stamps {@link Audited} rows with the caller and the time, the one place that writes those columns. */
@ApplicationScoped
public class AuditStamp {
    @Inject
    CurrentUser user;

    @PrePersist
    void created(Audited row) {
        OffsetDateTime now = OffsetDateTime.now();
        String actor = user.actor();
        if (row.createdAt == null) {
            row.createdAt = now;
        }
        if (row.createdBy == null) {
            row.createdBy = actor;
        }
        row.updatedAt = row.createdAt;
        row.updatedBy = actor;
    }

    @PreUpdate
    void updated(Audited row) {
        row.updatedAt = OffsetDateTime.now();
        row.updatedBy = user.actor();
    }
}
