package de.kreativland.transfer.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "selection_criterion")
public class SelectionCriterion {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String key;

    @Column(name = "name_de", nullable = false)
    public String nameDe;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_de")
    public String descriptionDe;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal weight;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active;

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
}
