package de.kreativland.transfer.concept;

import static de.kreativland.transfer.common.PersonColumns.actor;
import static de.kreativland.transfer.common.PersonColumns.named;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonRef;
import de.kreativland.transfer.common.PersonalTable;
import de.kreativland.transfer.common.Pseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Concepts, their frozen versions, comments and transitions keep their shape; the submitter, authors and
 * actors become the pseudonym. Versions are immutable except for this: the erasure sets the
 * transaction's {@code kreativland.erasure} flag that the V12 trigger lets through.
 */
@ApplicationScoped
public class ConceptPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("transfer_concept", stamped()),
            PersonalTable.kept("transfer_concept_version", List.of(named("submitted_by", "submitted_by_name"))),
            PersonalTable.kept("concept_comment", List.of(named("author_subject", "author_name"), actor("resolved_by"),
                    actor("updated_by"))),
            PersonalTable.kept("concept_transition", List.of(named("actor", "actor_name"))));

    @Inject
    EntityManager em;

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> erase(PersonRef person, Pseudonym pseudonym) {
        em.createNativeQuery("select set_config('kreativland.erasure', 'on', true)").getSingleResult();
        Map<String, Integer> erased = super.erase(person, pseudonym);
        em.createNativeQuery("select set_config('kreativland.erasure', 'off', true)").getSingleResult();
        return erased;
    }
}
