package de.kreativland.transfer.partner;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An admin's invitation into an organisation, redeemed once by a signed-in person with the invited role. */
@Entity
@Table(name = "membership_invitation")
public class MembershipInvitation extends Audited {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus status = InvitationStatus.OPEN;

    @Column(name = "redeemed_at")
    public OffsetDateTime redeemedAt;

    @Column(name = "redeemed_by")
    public String redeemedBy;
}
