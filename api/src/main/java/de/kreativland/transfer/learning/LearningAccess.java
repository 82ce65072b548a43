package de.kreativland.transfer.learning;

import de.kreativland.transfer.sync.Audience;
import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads and edits learning content. Anonymous callers (and integrations) read PUBLIC
 * published content; any programme role also reads PARTICIPANTS content; authors read and edit
 * their own drafts; staff read and edit everything.
 */
@RequestScoped
public class LearningAccess {
    /** Roles of people taking part in the programme; integrations read only what is public. */
    static final List<String> PROGRAMME_ROLES = List.of(Roles.PARTNER, Roles.COACH, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN);

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Set<UUID> ownCoachIds;

    boolean isStaff() {
        return !user.isAnonymous() && user.isStaff();
    }

    boolean isParticipant() {
        return !user.isAnonymous() && PROGRAMME_ROLES.stream().anyMatch(user::hasRole);
    }

    /** Coach profiles linked to the caller's Keycloak user. */
    Set<UUID> ownCoachIds() {
        if (ownCoachIds == null) {
            ownCoachIds = user.isAnonymous() ? Set.of() : Set.copyOf(em.createQuery(
                    "select c.id from Coach c where c.subject = :subject", UUID.class)
                    .setParameter("subject", user.subject()).getResultList());
        }
        return ownCoachIds;
    }

    Set<UUID> ownOrganisationIds() {
        return user.isAnonymous() ? Set.of() : user.organisationIds();
    }

    /** Whether the caller writes as one of the module's authors (its coach profile or its organisation). */
    boolean isAuthor(List<ModuleAuthor> authors) {
        return authors.stream().anyMatch(this::isSelf);
    }

    boolean isSelf(ModuleAuthor author) {
        return author.kind() == AuthorKind.COACH ? ownCoachIds().contains(author.id()) : ownOrganisationIds().contains(author.id());
    }

    /** Who reads a learning feed: staff everything, others what is published for them and what they author. */
    public Audience feedAudience() {
        if (isStaff()) {
            return Audience.everything(List.of());
        }
        return isParticipant() ? Audience.of(List.of(), ownOrganisationIds(), ownCoachIds(), Audience.PARTICIPANTS)
                : Audience.PUBLIC_ONLY;
    }

    boolean mayAuthor() {
        return !user.isAnonymous() && (user.isStaff() || user.hasRole(Roles.COACH) || user.hasRole(Roles.PARTNER));
    }

    boolean canRead(LearningModule module, List<ModuleAuthor> authors) {
        if (module.status == ModuleStatus.PUBLISHED && (module.visibility == Visibility.PUBLIC || isParticipant())) {
            return true;
        }
        return isStaff() || isAuthor(authors);
    }

    boolean canEdit(LearningModule module, List<ModuleAuthor> authors) {
        return isStaff() || module.status.editableByAuthors() && isAuthor(authors);
    }

    /** The steps the caller may take from the module's status now. */
    List<ModuleStatus> allowedTransitions(LearningModule module, List<ModuleAuthor> authors) {
        List<ModuleStatus> allowed = new ArrayList<>();
        for (ModuleStatus next : module.status.next()) {
            if (isStaff() || !next.needsStaff() && isAuthor(authors)) {
                allowed.add(next);
            }
        }
        return allowed;
    }

    boolean canRead(LearningPath path) {
        return isStaff() || path.status == PathStatus.PUBLISHED && (path.visibility == Visibility.PUBLIC || isParticipant());
    }
}
