package de.kreativland.transfer.concept;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** The frozen content of one submission. A database trigger refuses every update. */
@Entity
@Immutable
@Table(name = "transfer_concept_version")
public class TransferConceptVersion {
    @Id
    public UUID id;

    @Column(name = "concept_id", nullable = false)
    public UUID conceptId;

    @Column(nullable = false)
    public int number;

    /** {@link ConceptContent} as JSON. */
    @Column(nullable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String content;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_by_name", nullable = false)
    public String submittedByName;
}
