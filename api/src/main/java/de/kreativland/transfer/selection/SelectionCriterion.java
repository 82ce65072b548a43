package de.kreativland.transfer.selection;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "selection_criterion")
public class SelectionCriterion extends Audited {
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
}
