package de.kreativland.transfer.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A module a signed-in user marked done; the subject is personal data. */
@Entity
@Table(name = "learning_progress")
public class LearningProgress {
    @EmbeddedId
    public Key key;

    @Column(name = "completed_at", nullable = false)
    public OffsetDateTime completedAt;

    @Embeddable
    public record Key(@Column(name = "subject") String subject, @Column(name = "module_id") UUID moduleId) implements Serializable {
    }
}
