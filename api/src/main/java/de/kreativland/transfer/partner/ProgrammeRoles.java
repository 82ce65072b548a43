package de.kreativland.transfer.partner;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way other features (selection, tandem) read and change an organisation's programme role.
 * The organisation table belongs to this feature: the change goes through the entity, so Hibernate
 * bumps its version, the audit columns are stamped and the change feed moves it, as for any edit.
 */
@ApplicationScoped
public class ProgrammeRoles {
    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The organisation, empty when there is none. */
    public Optional<Organisation> find(UUID organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    /** The organisation with its row locked for the role change that follows; empty when there is none. */
    public Optional<Organisation> lock(UUID organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Gives the organisation its new programme role and records the change in the audit log. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(Organisation organisation, ProgrammeRole role, String action, Map<String, ?> details) {
        organisation.programmeRole = role;
        em.flush();
        audit.record("organisation", organisation.id, action, details);
    }
}
