package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.account.OrganisationRef;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Text;
import de.kreativland.transfer.common.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Admins invite people into organisations; a signed-in person with the invited role redeems the link once. */
@ApplicationScoped
public class InvitationService {
    static final int DEFAULT_VALID_DAYS = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    MembershipService memberships;

    public Page<Invitation> list(PageParams paging, UUID organisationId) {
        String where = organisationId == null ? "" : " where i.organisation.id = :organisation";
        var query = em.createQuery("select i from MembershipInvitation i join fetch i.organisation" + where
                + " order by i.createdAt desc, i.id", MembershipInvitation.class);
        var count = em.createQuery("select count(i) from MembershipInvitation i" + where, Long.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
            count.setParameter("organisation", organisationId);
        }
        List<Invitation> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultStream().map(InvitationService::toDto).toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public Versioned<Invitation> get(UUID id) {
        MembershipInvitation invitation = find(id);
        return new Versioned<>(toDto(invitation), invitation.version);
    }

    @Transactional
    public Versioned<Invitation> create(InvitationInput input) {
        Organisation organisation = em.find(Organisation.class, input.organisationId());
        if (organisation == null) {
            throw Problems.invalidField("organisationId", "partner.no-such-organisation");
        }
        MembershipInvitation invitation = new MembershipInvitation();
        invitation.id = UUID.randomUUID();
        invitation.organisation = organisation;
        invitation.role = input.role().realmRole();
        invitation.code = newCode();
        int days = input.validDays() == null ? DEFAULT_VALID_DAYS : input.validDays();
        invitation.expiresAt = OffsetDateTime.now().plusDays(days);
        em.persist(invitation);
        em.flush();
        audit.record("membership_invitation", invitation.id, "created",
                Map.of("organisationId", organisation.id, "role", invitation.role, "expiresAt", invitation.expiresAt.toString()));
        return new Versioned<>(toDto(invitation), invitation.version);
    }

    /** Revokes an open invitation (If-Match); a redeemed one stays as it is (409). */
    @Transactional
    public void revoke(UUID id, String ifMatch) {
        MembershipInvitation invitation = find(id);
        ETags.requireMatch(ifMatch, invitation.version);
        if (invitation.status != InvitationStatus.OPEN) {
            throw Problems.conflict("partner.invitation-not-open", invitation.status);
        }
        invitation.status = InvitationStatus.REVOKED;
        invitation.touch();
        audit.record("membership_invitation", invitation.id, "revoked", Map.of("status", Map.of("before", "OPEN", "after", "REVOKED")));
    }

    /**
     * Makes the signed-in person a member of the invitation's organisation. 404 for an unknown code, 403 when the
     * person lacks the invited role, 409 when the invitation was used, revoked or has expired, or the person is a
     * member already.
     */
    @Transactional
    public Membership redeem(String code) {
        MembershipInvitation invitation = em.createQuery("select i from MembershipInvitation i join fetch i.organisation where i.code = :code",
                MembershipInvitation.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> Problems.notFound("thing.invitation-code", ""));
        if (!user.hasRole(invitation.role)) {
            throw Problems.forbidden("partner.invitation-other-role", Text.of("role." + invitation.role.toLowerCase(java.util.Locale.ROOT)));
        }
        InvitationStatus status = effectiveStatus(invitation);
        if (status != InvitationStatus.OPEN) {
            throw Problems.conflict("partner.invitation-invalid", status);
        }
        Membership membership = memberships.add(invitation.organisation.id, user.subject(), user.displayName(),
                String.join(",", user.roles()));
        invitation.status = InvitationStatus.REDEEMED;
        invitation.redeemedAt = OffsetDateTime.now();
        invitation.redeemedBy = user.subject();
        invitation.touch();
        audit.record("membership_invitation", invitation.id, "redeemed", Map.of("subject", user.subject()));
        return membership;
    }

    private MembershipInvitation find(UUID id) {
        MembershipInvitation invitation = em.find(MembershipInvitation.class, id);
        if (invitation == null) {
            throw Problems.notFound("thing.invitation", id);
        }
        return invitation;
    }

    private static InvitationStatus effectiveStatus(MembershipInvitation invitation) {
        if (invitation.status == InvitationStatus.OPEN && invitation.expiresAt.isBefore(OffsetDateTime.now())) {
            return InvitationStatus.EXPIRED;
        }
        return invitation.status;
    }

    private static String newCode() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Invitation toDto(MembershipInvitation i) {
        return new Invitation(i.id, new OrganisationRef(i.organisation.id, i.organisation.name),
                InvitationRole.valueOf(i.role.toUpperCase(java.util.Locale.ROOT)), i.code, i.expiresAt, effectiveStatus(i),
                i.redeemedAt, i.redeemedBy, i.createdAt, i.createdBy, i.version);
    }
}
