package de.kreativland.transfer.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One juror's score (0–5) of one candidate on one criterion, with the evidence behind it. */
@Entity
@Table(name = "assessment")
public class Assessment {
    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public UUID candidateId;

    @Column(name = "criterion_id", nullable = false, updatable = false)
    public UUID criterionId;

    @Column(name = "juror_subject", nullable = false, updatable = false)
    public String jurorSubject;

    @Column(name = "juror_name", nullable = false)
    public String jurorName;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public String evidence;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
