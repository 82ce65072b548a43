package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class PartnerService {
    @Inject
    EntityManager em;

    public PartnerPage list(PageParams paging) {
        List<PartnerSummary> items = em.createQuery("""
                select new de.kreativland.transfer.partner.PartnerSummary(
                    o.id, o.name, o.town, o.state, o.programmeRole, o.website, o.summary)
                from Organisation o
                where o.programmeRole is not null
                order by o.name, o.id""", PartnerSummary.class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(o) from Organisation o where o.programmeRole is not null", Long.class)
                .getSingleResult();
        return new PartnerPage(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }
}
