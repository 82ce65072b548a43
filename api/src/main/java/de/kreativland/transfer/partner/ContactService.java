package de.kreativland.transfer.partner;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contact persons: staff and the organisation's own members read and change them; nobody else learns of them. */
@ApplicationScoped
public class ContactService {
    static final int MAX_LISTED = 200;

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationAccess access;

    @Inject
    AuditLog audit;

    public List<Contact> list(UUID organisationId) {
        readable(organisationId);
        return em.createQuery("from ContactPerson c where c.organisationId = :id order by c.name, c.id", ContactPerson.class)
                .setParameter("id", organisationId).setMaxResults(MAX_LISTED).getResultList().stream().map(Contact::of).toList();
    }

    @Transactional
    public Contact create(UUID organisationId, ContactInput input) {
        writable(organisationId);
        ContactPerson contact = new ContactPerson();
        contact.id = UUID.randomUUID();
        contact.organisationId = organisationId;
        apply(contact, input);
        em.persist(contact);
        em.flush();
        audit.record("contact_person", contact.id, "created", Map.of("organisationId", organisationId.toString()));
        return Contact.of(contact);
    }

    @Transactional
    public Contact update(UUID organisationId, UUID contactId, String ifMatch, ContactInput input) {
        writable(organisationId);
        ContactPerson contact = find(organisationId, contactId);
        ETags.requireMatch(ifMatch, contact.version);
        apply(contact, input);
        em.flush();
        audit.record("contact_person", contactId, "updated", null);
        return Contact.of(contact);
    }

    /** Erases the person's data for good (GDPR erasure); the audit log keeps only that it happened. */
    @Transactional
    public void delete(UUID organisationId, UUID contactId, String ifMatch) {
        writable(organisationId);
        ContactPerson contact = find(organisationId, contactId);
        ETags.requireMatch(ifMatch, contact.version);
        em.remove(contact);
        audit.record("contact_person", contactId, "erased", Map.of("organisationId", organisationId.toString()));
    }

    private ContactPerson find(UUID organisationId, UUID contactId) {
        ContactPerson contact = em.find(ContactPerson.class, contactId);
        if (contact == null || !contact.organisationId.equals(organisationId)) {
            throw Problems.notFound("thing.contact-person", contactId);
        }
        return contact;
    }

    private void readable(UUID organisationId) {
        Organisation organisation = organisations.visible(organisationId);
        if (!access.canReadContacts(organisation)) {
            throw Problems.forbidden("partner.contacts-hidden");
        }
    }

    private void writable(UUID organisationId) {
        Organisation organisation = organisations.visible(organisationId);
        if (!access.canReadContacts(organisation) || !access.canEdit(organisation)) {
            throw Problems.forbidden("partner.contacts-read-only");
        }
    }

    private void apply(ContactPerson contact, ContactInput input) {
        contact.name = input.name().strip();
        contact.function = blankToNull(input.function());
        contact.email = blankToNull(input.email());
        contact.phone = blankToNull(input.phone());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
