package de.kreativland.transfer.tandem;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.AssignedCoaches;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Who may see and do what with a tandem, for the caller of the current request. Its members are the
 * members of either organisation; its coaches those assigned to either. Nobody else but staff sees it.
 */
@RequestScoped
public class TandemAccess {
    @Inject
    CurrentUser user;

    @Inject
    AssignedCoaches coaching;

    boolean isMember(Tandem tandem) {
        return !user.isAnonymous() && (user.isMemberOf(tandem.bestPracticeOrganisationId) || user.isMemberOf(tandem.tandemOrganisationId));
    }

    boolean isAssignedCoach(Tandem tandem) {
        return !user.isAnonymous()
                && (coaching.isAssignedCoach(tandem.bestPracticeOrganisationId) || coaching.isAssignedCoach(tandem.tandemOrganisationId));
    }

    /** The tandem, its milestones, activities and history: staff, members of both organisations, their assigned coaches. */
    boolean canRead(Tandem tandem) {
        return user.isStaff() || isMember(tandem) || isAssignedCoach(tandem);
    }

    /** Milestones and activities: staff and partner members of either organisation (coaches only read). */
    boolean canWork(Tandem tandem) {
        return user.isStaff() || user.hasRole(Roles.PARTNER) && isMember(tandem);
    }

    /**
     * Null when the caller may take the step; otherwise why not (a message). Partner members of either organisation agree
     * to a proposal for their own organisation (AGREED), staff never for them; starting, completing and
     * cancelling are for staff.
     */
    Text refusal(Tandem tandem, TandemStatus to) {
        if (to == TandemStatus.AGREED) {
            if (!(user.hasRole(Roles.PARTNER) && isMember(tandem))) {
                return Text.of("tandem.agree-forbidden");
            }
            return sidesToAgree(tandem).isEmpty() ? Text.of("tandem.already-agreed", tandem.id) : null;
        }
        if (user.isStaff()) {
            return null;
        }
        return Text.of(switch (to) {
            case ACTIVE -> "tandem.start-forbidden";
            case COMPLETED -> "tandem.complete-forbidden";
            case CANCELLED -> "tandem.cancel-forbidden";
            default -> "tandem.change-forbidden";
        });
    }

    /** The caller's organisations in this tandem that have not agreed yet (partner members only). */
    List<UUID> sidesToAgree(Tandem tandem) {
        List<UUID> sides = new java.util.ArrayList<>();
        if (user.isAnonymous() || !user.hasRole(Roles.PARTNER)) {
            return sides;
        }
        if (tandem.bestPracticeAgreedAt == null && user.isMemberOf(tandem.bestPracticeOrganisationId)) {
            sides.add(tandem.bestPracticeOrganisationId);
        }
        if (tandem.tandemAgreedAt == null && user.isMemberOf(tandem.tandemOrganisationId)) {
            sides.add(tandem.tandemOrganisationId);
        }
        return sides;
    }

    /** The steps the caller may take now. */
    List<TandemStatus> available(Tandem tandem) {
        return tandem.status.next().stream().filter(to -> refusal(tandem, to) == null).toList();
    }
}
