package de.kreativland.transfer.common;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Workflow steps that people are told about by e-mail (implemented in the mail feature, so features need not
 * depend on it). Each call writes to the outbox inside the caller's transaction: the mail goes out only if
 * the business change commits, and never blocks or fails the request.
 */
public interface Notifications {
    /** A concept went to review: its organisation's coaches and the coordinators. */
    void conceptSubmitted(UUID conceptId, UUID organisationId, String title, int versionNumber);

    /** Changes were requested or the concept was approved: the organisation's members. */
    void conceptReviewed(UUID conceptId, UUID organisationId, String title, boolean approved, String note);

    /** A learning module went to review: the coordinators. */
    void moduleSubmitted(UUID moduleId, String title);

    /** What a visitor's registration for a public event became. */
    enum RegistrationNotice { CONFIRMED, WAITLISTED, MOVED_UP }

    /**
     * A visitor's registration for a public event: a place, a place on the waiting list, or a place after moving up. The
     * cancel token is known only when the registration is made (null on moving up); {@code language} is de or en.
     */
    void eventRegistration(String email, String name, UUID eventId, String eventTitle, LocalDate day, RegistrationNotice notice,
            String cancelToken, String language);

    /** The signed-in person's address, name and whether they coordinate, from their token (GET /me). */
    void signedIn(String subject, String email, String name, boolean coordinator);
}
