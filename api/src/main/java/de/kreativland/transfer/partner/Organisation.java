package de.kreativland.transfer.partner;

import de.kreativland.transfer.audit.Audited;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organisation")
public class Organisation extends Audited {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_form")
    public String legalForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] submarkets;

    @Enumerated(EnumType.STRING)
    @Column(name = "settlement_type")
    public SettlementType settlementType;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(nullable = false)
    public String town;

    public String municipality;

    public String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GermanState state;

    public Double latitude;

    public Double longitude;

    @Column(name = "founding_year")
    public Integer foundingYear;

    @Column(name = "team_size")
    public Integer teamSize;

    public String website;

    public String summary;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "requested_topics", nullable = false, columnDefinition = "text[]")
    public String[] requestedTopics;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_role")
    public ProgrammeRole programmeRole;
}
