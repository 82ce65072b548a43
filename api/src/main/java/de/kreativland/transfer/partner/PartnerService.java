package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class PartnerService {
    /** Candidates are not public: a nomination may be rejected. */
    private static final List<ProgrammeRole> PUBLIC_ROLES = List.of(ProgrammeRole.BEST_PRACTICE, ProgrammeRole.TANDEM);

    @Inject
    EntityManager em;

    public PartnerPage list(PageParams paging) {
        List<PartnerSummary> items = em.createQuery("""
                select new de.kreativland.transfer.partner.PartnerSummary(
                    o.id, o.name, o.town, o.state, o.programmeRole, o.website, o.summary)
                from Organisation o
                where o.programmeRole in :publicRoles
                order by o.name, o.id""", PartnerSummary.class)
                .setParameter("publicRoles", PUBLIC_ROLES)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(o) from Organisation o where o.programmeRole in :publicRoles", Long.class)
                .setParameter("publicRoles", PUBLIC_ROLES).getSingleResult();
        return new PartnerPage(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }
}
