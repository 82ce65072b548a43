package de.kreativland.transfer.common;

import java.util.UUID;

/**
 * Whether the caller of the current request coaches an organisation. The coach feature answers it
 * ({@code coach.CoachingAccess}); partner, concept and tandem ask it through this interface, so that
 * no feature that coaching builds on has to import the coach package.
 */
public interface AssignedCoaches {
    boolean isAssignedCoach(UUID organisationId);
}
