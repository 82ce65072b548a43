package de.kreativland.transfer.account;

import de.kreativland.transfer.common.Notifications;
import de.kreativland.transfer.common.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class AccountService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Notifications notifications;

    /** Also records the address from the token, so that workflow mails reach people the platform keeps no address for. */
    public Me me() {
        if (!user.hasRole(Roles.INTEGRATION)) {
            notifications.signedIn(user.subject(), user.email().orElse(null), user.displayName(), user.hasRole(Roles.COORDINATOR));
        }
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
