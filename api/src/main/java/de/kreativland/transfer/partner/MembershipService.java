package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class MembershipService {
    @Inject
    EntityManager em;

    public MembershipPage list(PageParams paging) {
        List<Membership> items = em.createQuery("""
                select new de.kreativland.transfer.partner.Membership(
                    m.key.subject, new de.kreativland.transfer.account.OrganisationRef(o.id, o.name), m.createdAt, m.createdBy)
                from OrganisationMembership m join m.organisation o
                order by o.name, m.key.subject""", Membership.class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(m) from OrganisationMembership m", Long.class).getSingleResult();
        return new MembershipPage(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }
}
