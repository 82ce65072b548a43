package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.account.OrganisationRef;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MembershipService {
    private static final String SELECT = """
            select new de.kreativland.transfer.partner.Membership(
                m.key.subject, new de.kreativland.transfer.account.OrganisationRef(o.id, o.name), m.createdAt, m.createdBy, m.memberName, m.memberRoles)
            from OrganisationMembership m join m.organisation o""";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    public Page<Membership> list(PageParams paging, UUID organisationId) {
        String where = organisationId == null ? "" : " where m.key.organisationId = :organisation";
        var query = em.createQuery(SELECT + where + " order by o.name, m.key.subject", Membership.class);
        var count = em.createQuery("select count(m) from OrganisationMembership m" + where, Long.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
            count.setParameter("organisation", organisationId);
        }
        List<Membership> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The memberships with these keys ({@code subject:organisationId}, as the change feed names them). */
    public List<Membership> byKeys(Collection<String> keys) {
        List<UUID> organisations = new ArrayList<>();
        for (String key : keys) {
            int colon = key.lastIndexOf(':');
            try {
                organisations.add(UUID.fromString(key.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                // not a membership key
            }
        }
        if (organisations.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT + " where m.key.organisationId in :organisations"
                + " and concat(m.key.subject, ':', cast(m.key.organisationId as String)) in :keys", Membership.class)
                .setParameter("organisations", organisations)
                .setParameter("keys", keys)
                .getResultList();
    }

    /** The key of a membership in the change feed. */
    static String key(Membership membership) {
        return membership.subject() + ":" + membership.organisation().id();
    }

    @Transactional
    public Membership add(UUID organisationId, String subject) {
        return add(organisationId, subject, null, null);
    }

    /** Adds a member; name and roles are those the person had when redeeming an invitation (null otherwise). */
    @Transactional
    public Membership add(UUID organisationId, String subject, String memberName, String memberRoles) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw Problems.notFound("thing.organisation", organisationId);
        }
        OrganisationMembership.Key key = new OrganisationMembership.Key(subject.strip(), organisationId);
        if (em.find(OrganisationMembership.class, key) != null) {
            throw Problems.conflict("partner.already-member", key.subject(), organisation.name);
        }
        OrganisationMembership membership = new OrganisationMembership();
        membership.key = key;
        membership.organisation = organisation;
        membership.createdAt = OffsetDateTime.now();
        membership.createdBy = user.actor();
        membership.memberName = memberName;
        membership.memberRoles = memberRoles;
        em.persist(membership);
        audit.record("organisation_membership", organisationId, "added", Map.of("subject", key.subject()));
        return new Membership(key.subject(), new OrganisationRef(organisation.id, organisation.name), membership.createdAt,
                membership.createdBy, memberName, memberRoles);
    }

    @Transactional
    public void remove(UUID organisationId, String subject) {
        OrganisationMembership membership = em.find(OrganisationMembership.class,
                new OrganisationMembership.Key(subject, organisationId));
        if (membership == null) {
            throw Problems.notFound("thing.membership", subject + " / " + organisationId);
        }
        em.remove(membership);
        audit.record("organisation_membership", organisationId, "removed", Map.of("subject", subject));
    }
}
