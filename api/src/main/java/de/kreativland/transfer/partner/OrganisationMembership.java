package de.kreativland.transfer.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Links a Keycloak user (by subject) to an organisation it belongs to. */
@Entity
@Table(name = "organisation_membership")
public class OrganisationMembership {
    @EmbeddedId
    public Key key;

    @MapsId("organisationId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "member_name")
    public String memberName;

    @Column(name = "member_roles")
    public String memberRoles;

    @Embeddable
    public record Key(@Column(name = "subject") String subject, @Column(name = "organisation_id") UUID organisationId)
            implements Serializable {
    }
}
