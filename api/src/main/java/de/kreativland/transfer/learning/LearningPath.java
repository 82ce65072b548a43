package de.kreativland.transfer.learning;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An ordered collection of modules (rows of learning_path_module) with an introduction. */
@Entity
@Table(name = "learning_path")
public class LearningPath extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String introduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PathStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
