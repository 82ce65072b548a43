package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What is counted, how it adds up and where its figures come from. */
@Entity
@Table(name = "indicator")
public class Indicator extends Audited {
    @Id
    public String key;

    @Column(name = "name_de", nullable = false)
    public String nameDe;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String definition;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_level", nullable = false)
    public ImpactLevel impactLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public IndicatorSource source;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Derivation derivation;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Column(nullable = false)
    public int position;

    /** Whether the indicator counts whole things (persons, events, locations…): every indicator but coaching hours. */
    public boolean countsWholeThings() {
        return derivation != Derivation.COACHING_HOURS;
    }
}
