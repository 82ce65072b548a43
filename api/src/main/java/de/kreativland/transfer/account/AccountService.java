package de.kreativland.transfer.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class AccountService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    public Me me() {
        OrganisationRef organisation = em.createQuery("""
                select new de.kreativland.transfer.account.OrganisationRef(o.id, o.name)
                from OrganisationMembership m join m.organisation o
                where m.key.subject = :subject
                order by m.createdAt, o.name""", OrganisationRef.class)
                .setParameter("subject", user.subject())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new Me(user.subject(), user.username(), user.displayName(), user.email().orElse(null),
                user.roles(), user.states(), organisation);
    }
}
