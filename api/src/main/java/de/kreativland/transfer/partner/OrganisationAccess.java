package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.AssignedCoaches;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Who may see and change what of an organisation. Checked in services, never only in the client. */
@RequestScoped
public class OrganisationAccess {
    @Inject
    CurrentUser user;

    @Inject
    AssignedCoaches coaching;

    /** Every non-personal field: staff and advisors within the states their token names, members, and coaches assigned to it. */
    public boolean canReadInternal(Organisation organisation) {
        return (user.isStaff() || user.hasRole(Roles.ADVISOR)) && withinLimit(organisation.state)
                || user.isMemberOf(organisation.id)
                || coaching.isAssignedCoach(organisation.id);
    }

    /** Contact persons are personal data: staff and the organisation's own members only. */
    public boolean canReadContacts(Organisation organisation) {
        return user.isStaff() || user.isMemberOf(organisation.id);
    }

    public boolean canEdit(Organisation organisation) {
        return user.isStaff() || user.hasRole(Roles.PARTNER) && user.isMemberOf(organisation.id);
    }

    /** States the caller's token limits it to, for every role and client; empty when it is not limited. */
    public List<GermanState> stateLimit() {
        return user.stateLimit();
    }

    public boolean withinLimit(GermanState state) {
        List<GermanState> limit = stateLimit();
        return limit.isEmpty() || limit.contains(state);
    }
}
