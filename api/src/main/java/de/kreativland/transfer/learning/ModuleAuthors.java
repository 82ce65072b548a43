package de.kreativland.transfer.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Authors of modules with their names, for any number of modules in one statement. */
@ApplicationScoped
class ModuleAuthors {
    @Inject
    EntityManager em;

    List<ModuleAuthor> of(UUID moduleId) {
        return of(List.of(moduleId)).getOrDefault(moduleId, List.of());
    }

    @SuppressWarnings("unchecked")
    Map<UUID, List<ModuleAuthor>> of(Collection<UUID> moduleIds) {
        Map<UUID, List<ModuleAuthor>> authors = new HashMap<>();
        if (moduleIds.isEmpty()) {
            return authors;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select a.module_id, a.coach_id, a.organisation_id, coalesce(c.name, o.name)
                from learning_module_author a
                left join coach c on c.id = a.coach_id
                left join organisation o on o.id = a.organisation_id
                where a.module_id in (:ids) order by a.module_id, a.position""")
                .setParameter("ids", moduleIds).getResultList();
        for (Object[] row : rows) {
            UUID moduleId = (UUID) row[0];
            ModuleAuthor author = row[1] != null
                    ? new ModuleAuthor(AuthorKind.COACH, (UUID) row[1], (String) row[3])
                    : new ModuleAuthor(AuthorKind.ORGANISATION, (UUID) row[2], (String) row[3]);
            authors.computeIfAbsent(moduleId, k -> new ArrayList<>()).add(author);
        }
        return authors;
    }

    /** Replaces the module's authors, in order. */
    void replace(UUID moduleId, List<ModuleAuthor> authors) {
        em.createNativeQuery("delete from learning_module_author where module_id = :id").setParameter("id", moduleId).executeUpdate();
        int position = 0;
        for (ModuleAuthor author : authors) {
            String column = author.kind() == AuthorKind.COACH ? "coach_id" : "organisation_id";
            em.createNativeQuery("insert into learning_module_author (module_id, position, " + column + ") values (:module, :position, :author)")
                    .setParameter("module", moduleId)
                    .setParameter("position", position++)
                    .setParameter("author", author.id())
                    .executeUpdate();
        }
    }
}
