package de.kreativland.transfer.concept;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A review comment on one section of one version, or a reply to one. */
@Entity
@Table(name = "concept_comment")
public class ConceptComment {
    @Id
    public UUID id;

    @Column(name = "concept_id", nullable = false, updatable = false)
    public UUID conceptId;

    @Column(name = "version_number", nullable = false, updatable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SectionKey section;

    @Column(name = "parent_id", updatable = false)
    public UUID parentId;

    @Column(nullable = false)
    public String body;

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(nullable = false)
    public boolean resolved;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
