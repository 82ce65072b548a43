package de.kreativland.transfer.events;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonColumns;
import de.kreativland.transfer.common.PersonRef;
import de.kreativland.transfer.common.PersonalTable;
import de.kreativland.transfer.common.Pseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A registration is about its person (name, e-mail): exported and deleted on erasure. Publications keep their rows.
 * A confirmed place freed by an erasure goes to the first on the event's waiting list, who is told by mail.
 */
@ApplicationScoped
public class EventPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("public_event", stamped()),
            PersonalTable.deleted("event_registration", List.of(new PersonColumns(null, "name", "email", List.of("consent_text")))));

    @Inject
    EntityManager em;

    @Inject
    PublicEventService events;

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }

    @Override
    public Map<String, Integer> erase(PersonRef person, Pseudonym pseudonym) {
        List<UUID> freed = person.emails().isEmpty() ? List.of() : em.createNativeQuery("""
                select distinct event_id from event_registration where lower(email) in (:emails) and status = 'CONFIRMED'
                order by event_id""", UUID.class).setParameter("emails", person.emails()).getResultList();
        Map<String, Integer> erased = super.erase(person, pseudonym);
        events.afterErasure(freed);
        return erased;
    }
}
