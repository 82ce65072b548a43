package de.kreativland.transfer.concept;

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
import org.hibernate.annotations.Immutable;

/** One lifecycle step of a concept: who took it, when, and why. */
@Entity
@Immutable
@Table(name = "concept_transition")
public class ConceptTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "concept_id", nullable = false)
    public UUID conceptId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public ConceptStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ConceptStatus toStatus;

    @Column(name = "version_number")
    public Integer versionNumber;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public OffsetDateTime at;
}
