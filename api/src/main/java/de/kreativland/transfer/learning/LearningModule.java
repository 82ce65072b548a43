package de.kreativland.transfer.learning;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A learning module; authors are rows of learning_module_author, read and written with SQL. */
@Entity
@Table(name = "learning_module")
public class LearningModule extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(name = "body_markdown", nullable = false)
    public String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModuleFormat format;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> submarkets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModuleLevel level;

    @Column(name = "estimated_minutes", nullable = false)
    public int estimatedMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModuleStatus status;

    @Column(name = "provenance_concept_id")
    public UUID provenanceConceptId;

    @Column(name = "provenance_section")
    public String provenanceSection;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
