package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Review comments on a section of a version, with replies and a resolved flag. Only the concept's
 * organisation, its assigned coaches and staff read and write them; never the public.
 */
@ApplicationScoped
public class ConceptCommentService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ConceptAccess access;

    @Inject
    ConceptService concepts;

    @Inject
    AuditLog audit;

    public Page<Comment> list(UUID conceptId, Integer versionNumber, SectionKey section, Boolean resolved, PageParams paging) {
        access.requireInternal(concepts.find(conceptId), "concept.part-comments");
        String where = " where c.conceptId = :concept"
                + (versionNumber == null ? "" : " and c.versionNumber = :version")
                + (section == null ? "" : " and c.section = :section")
                + (resolved == null ? "" : " and c.resolved = :resolved");
        var rows = em.createQuery("select c from ConceptComment c" + where + " order by c.createdAt, c.id", ConceptComment.class);
        var count = em.createQuery("select count(c) from ConceptComment c" + where, Long.class);
        rows.setParameter("concept", conceptId);
        count.setParameter("concept", conceptId);
        if (versionNumber != null) {
            rows.setParameter("version", versionNumber);
            count.setParameter("version", versionNumber);
        }
        if (section != null) {
            rows.setParameter("section", section);
            count.setParameter("section", section);
        }
        if (resolved != null) {
            rows.setParameter("resolved", resolved);
            count.setParameter("resolved", resolved);
        }
        var items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultStream()
                .map(ConceptCommentService::dto).toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    public Comment get(UUID conceptId, UUID commentId) {
        access.requireInternal(concepts.find(conceptId), "concept.part-comments");
        return dto(find(conceptId, commentId));
    }

    /**
     * A comment on a section of a submitted version, or a reply to a thread's first comment (taking its section
     * and version). The organisation's members, its assigned coaches and staff; archived concepts take none.
     */
    @Transactional
    public Comment create(UUID conceptId, CommentInput input) {
        TransferConcept concept = concepts.find(conceptId);
        if (!access.canComment(concept)) {
            if (access.canReadPublished(concept)) {
                throw Problems.forbidden("concept.comment-forbidden", conceptId);
            }
            throw Problems.notFound("thing.transfer-concept", conceptId);
        }
        if (concept.status == ConceptStatus.ARCHIVED) {
            throw Problems.conflict("concept.archived-no-comments", conceptId);
        }
        SectionKey section = input.section();
        Integer versionNumber = input.versionNumber();
        if (input.parentId() != null) {
            ConceptComment parent = em.find(ConceptComment.class, input.parentId());
            if (parent == null || !parent.conceptId.equals(conceptId)) {
                throw Problems.invalidField("parentId", "concept.comment-parent-unknown");
            }
            if (parent.parentId != null) {
                throw Problems.invalidField("parentId", "concept.comment-reply-to-first", parent.parentId);
            }
            if (section != null && section != parent.section) {
                throw Problems.invalidField("section", "concept.comment-reply-section", parent.section);
            }
            if (versionNumber != null && versionNumber != parent.versionNumber) {
                throw Problems.invalidField("versionNumber", "concept.comment-reply-version", String.valueOf(parent.versionNumber));
            }
            section = parent.section;
            versionNumber = parent.versionNumber;
        } else {
            if (section == null) {
                throw Problems.invalidField("section", "concept.not-null");
            }
            if (versionNumber == null) {
                throw Problems.invalidField("versionNumber", "concept.not-null");
            }
            if (versionNumber > concept.currentVersionNumber) {
                throw Problems.invalidField("versionNumber", concept.currentVersionNumber == 0
                        ? "concept.no-submitted-version" : "concept.version-range", String.valueOf(concept.currentVersionNumber));
            }
        }
        ConceptComment comment = new ConceptComment();
        comment.id = UUID.randomUUID();
        comment.conceptId = conceptId;
        comment.versionNumber = versionNumber;
        comment.section = section;
        comment.parentId = input.parentId();
        comment.body = input.body().strip();
        comment.authorSubject = user.subject();
        comment.authorName = user.displayName();
        comment.createdAt = OffsetDateTime.now();
        comment.updatedAt = comment.createdAt;
        comment.updatedBy = user.actor();
        em.persist(comment);
        em.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("conceptId", conceptId);
        details.put("section", section.name());
        details.put("versionNumber", versionNumber);
        details.put("parentId", input.parentId());
        audit.record("concept_comment", comment.id, "create", details);
        return dto(comment);
    }

    /** Resolves or reopens a comment; whoever may comment, with If-Match. */
    @Transactional
    public Comment update(UUID conceptId, UUID commentId, String ifMatch, CommentUpdateInput change) {
        TransferConcept concept = concepts.find(conceptId);
        access.requireInternal(concept, "concept.part-comments");
        ConceptComment comment = find(conceptId, commentId);
        ETags.requireMatch(ifMatch, comment.version);
        if (comment.resolved != change.resolved()) {
            comment.resolved = change.resolved();
            comment.resolvedAt = comment.resolved ? OffsetDateTime.now() : null;
            comment.resolvedBy = comment.resolved ? user.actor() : null;
            comment.updatedAt = OffsetDateTime.now();
            comment.updatedBy = user.actor();
            em.flush();
            audit.record("concept_comment", commentId, comment.resolved ? "resolve" : "reopen", Map.of("conceptId", conceptId));
        }
        return dto(comment);
    }

    private ConceptComment find(UUID conceptId, UUID commentId) {
        ConceptComment comment = em.find(ConceptComment.class, commentId);
        if (comment == null || !comment.conceptId.equals(conceptId)) {
            throw Problems.notFound("thing.comment", commentId);
        }
        return comment;
    }

    private static Comment dto(ConceptComment c) {
        return new Comment(c.id, c.conceptId, c.versionNumber, c.section, c.parentId, c.body, c.authorName, c.resolved, c.resolvedAt,
                c.createdAt, c.updatedAt, c.version);
    }
}
