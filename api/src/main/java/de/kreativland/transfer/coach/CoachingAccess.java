package de.kreativland.transfer.coach;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.AssignedCoaches;
import de.kreativland.transfer.common.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and write coaching data, for the caller of the current request. Other slices ask
 * {@link AssignedCoaches#isAssignedCoach(UUID)} whether a coach may see an organisation's internal data.
 */
@RequestScoped
public class CoachingAccess implements AssignedCoaches {
    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Optional<UUID> ownCoachId;

    /** The caller's coach profile, when it has the coach role and a profile linked to its Keycloak user. */
    public Optional<UUID> ownCoachId() {
        if (ownCoachId == null) {
            ownCoachId = user.isAnonymous() || !user.hasRole(Roles.COACH) ? Optional.empty()
                    : em.createQuery("select c.id from Coach c where c.subject = :subject", UUID.class)
                            .setParameter("subject", user.subject())
                            .getResultStream().findFirst();
        }
        return ownCoachId;
    }

    /** True when the caller is a coach with an assignment to this organisation. */
    @Override
    public boolean isAssignedCoach(UUID organisationId) {
        return ownCoachId().map(coachId -> !em.createQuery("""
                select a.id from CoachingAssignment a
                where a.coachId = :coachId and a.organisationId = :organisationId""", UUID.class)
                .setParameter("coachId", coachId)
                .setParameter("organisationId", organisationId)
                .setMaxResults(1)
                .getResultList().isEmpty()).orElse(false);
    }

    boolean isOwn(CoachingAssignment assignment) {
        return ownCoachId().filter(assignment.coachId::equals).isPresent();
    }

    /** Staff, the assignment's coach and the members of its organisation. */
    boolean canRead(CoachingAssignment assignment) {
        return user.isStaff() || isOwn(assignment) || user.isMemberOf(assignment.organisationId);
    }

    /** Staff and the assignment's coach. */
    boolean canLogSessions(CoachingAssignment assignment) {
        return user.isStaff() || isOwn(assignment);
    }

    /** Staff, the coaches assigned to the organisation and its members. */
    boolean canReadCoachingOf(UUID organisationId) {
        return user.isStaff() || user.isMemberOf(organisationId) || isAssignedCoach(organisationId);
    }

    boolean mayEditProfile(Coach coach) {
        return user.isStaff() || isOwnProfile(coach);
    }

    /** Contact data and subject of a coach: only for staff and the coach itself. */
    boolean maySeePersonalData(Coach coach) {
        return user.isStaff() || isOwnProfile(coach);
    }

    boolean isOwnProfile(Coach coach) {
        return ownCoachId().filter(coach.id::equals).isPresent();
    }
}
