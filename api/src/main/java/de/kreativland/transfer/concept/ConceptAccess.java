package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.AssignedCoaches;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who may see and do what with a transfer concept, for the caller of the current request. The owner
 * is every member of the concept's organisation; its coaches are those assigned to that organisation.
 */
@RequestScoped
public class ConceptAccess {
    @Inject
    CurrentUser user;

    @Inject
    AssignedCoaches coaching;

    boolean isOwner(TransferConcept concept) {
        return !user.isAnonymous() && user.isMemberOf(concept.organisationId);
    }

    boolean isAssignedCoach(TransferConcept concept) {
        return !user.isAnonymous() && coaching.isAssignedCoach(concept.organisationId);
    }

    /** The working copy, every version, the history and the comments: owner, assigned coaches, staff. */
    boolean canReadInternal(TransferConcept concept) {
        return user.isStaff() || isOwner(concept) || isAssignedCoach(concept);
    }

    /**
     * Only its published version, for everybody, signed in or not: while it has one and is not archived, also
     * while its owners revise it (a new version in DRAFT to APPROVED).
     */
    boolean canReadPublished(TransferConcept concept) {
        return concept.publishedVersionNumber != null && concept.status != ConceptStatus.ARCHIVED;
    }

    /** The working copy and submission: partner members of the owning organisation, and staff. */
    boolean canEdit(TransferConcept concept) {
        return user.isStaff() || user.hasRole(Roles.PARTNER) && isOwner(concept);
    }

    /** Comments and replies: everybody who reads the working copy. */
    boolean canComment(TransferConcept concept) {
        return canReadInternal(concept);
    }

    /** Throws 404 when the caller may not read the concept at all, 403 when it may read only the published version. */
    void requireInternal(TransferConcept concept, String what) {
        if (!canReadInternal(concept)) {
            if (canReadPublished(concept)) {
                throw Problems.forbidden("concept.internal-only", Text.of(what), concept.id);
            }
            throw Problems.notFound("thing.transfer-concept", concept.id);
        }
    }

    /** Null when the caller may take the step; otherwise why not (a message key). */
    Text refusal(TransferConcept concept, ConceptStatus to) {
        return switch (to) {
            case IN_REVIEW -> canEdit(concept) ? null : Text.of("concept.submit-forbidden");
            case CHANGES_REQUESTED -> user.isStaff() || isAssignedCoach(concept) ? null
                    : Text.of("concept.request-changes-forbidden");
            case APPROVED, PUBLISHED -> !user.isStaff()
                    ? Text.of(to == ConceptStatus.APPROVED ? "concept.approve-forbidden" : "concept.publish-forbidden")
                    : isOwner(concept) ? Text.of("concept.approve-own-organisation") : null;
            case ARCHIVED -> user.isStaff() || canEdit(concept) && concept.status.editable() && concept.publishedVersionNumber == null
                    ? null : Text.of("concept.archive-forbidden");
            case DRAFT -> concept.status == ConceptStatus.PUBLISHED && canEdit(concept) ? null
                    : Text.of(concept.status == ConceptStatus.PUBLISHED ? "concept.revise-forbidden" : "concept.no-return-to-draft");
        };
    }

    /** The steps the caller may take now. */
    List<ConceptStatus> available(TransferConcept concept) {
        return concept.status.next().stream().filter(to -> refusal(concept, to) == null).toList();
    }
}
