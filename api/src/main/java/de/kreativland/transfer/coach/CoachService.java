package de.kreativland.transfer.coach;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.sync.Keys;
import de.kreativland.transfer.common.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CoachService {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    CoachingAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ExpertiseTopics topics;

    public Page<CoachProfile> list(String topic, GermanState region, PageParams paging) {
        Filter filter = new Filter(topic, region);
        TypedQuery<Coach> query = filter.bind(em.createQuery("select c from Coach c" + filter.where() + " order by c.name, c.id", Coach.class));
        TypedQuery<Long> count = filter.bind(em.createQuery("select count(c) from Coach c" + filter.where(), Long.class));
        List<CoachProfile> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultStream().map(this::profile).toList();
        long total = count.getSingleResult();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The coaches with these ids that match the list's filters (incremental sync and export); malformed ids match nothing. */
    public List<CoachProfile> byIds(String topic, GermanState region, Collection<String> ids) {
        List<UUID> uuids = Keys.uuids(ids);
        if (uuids.isEmpty()) {
            return List.of();
        }
        Filter filter = new Filter(topic, region);
        String where = (filter.where().isEmpty() ? " where " : filter.where() + " and ") + "c.id in :ids";
        return filter.bind(em.createQuery("select c from Coach c" + where, Coach.class)).setParameter("ids", uuids)
                .getResultStream().map(this::profile).toList();
    }

    /** The list's filters, shared by the page, its count and the by-id query. */
    private record Filter(String topic, GermanState region) {
        String where() {
            List<String> conditions = new ArrayList<>();
            if (topic != null) {
                conditions.add("array_contains(c.topics, :topic)");
            }
            if (region != null) {
                conditions.add("array_contains(c.regions, :region)");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <Q extends TypedQuery<?>> Q bind(Q query) {
            if (topic != null) {
                query.setParameter("topic", topic);
            }
            if (region != null) {
                query.setParameter("region", region.name());
            }
            return query;
        }
    }

    public Versioned<CoachProfile> get(UUID id) {
        Coach coach = find(id);
        return new Versioned<>(profile(coach), coach.version);
    }

    public Versioned<CoachProfile> mine() {
        Coach coach = access.ownCoachId().map(id -> em.find(Coach.class, id))
                .orElseThrow(() -> Problems.notFound("thing.coach-profile-of-user", user.subject()));
        return new Versioned<>(profile(coach), coach.version);
    }

    @Transactional
    public Versioned<CoachProfile> create(CoachInput input) {
        Coach coach = new Coach();
        coach.id = UUID.randomUUID();
        requireFreeSubject(input.subject(), coach.id);
        apply(input, coach);
        em.persist(coach);
        em.flush();
        audit.record("coach", coach.id, "create", auditDetails(coach));
        return new Versioned<>(profile(coach), coach.version);
    }

    @Transactional
    public Versioned<CoachProfile> update(UUID id, String ifMatch, CoachInput input) {
        Coach coach = find(id);
        if (!access.mayEditProfile(coach)) {
            throw Problems.forbidden("coach.profile-forbidden");
        }
        if (!user.isStaff() && !Objects.equals(input.subject(), coach.subject)) {
            throw Problems.forbiddenField("subject", "coach.subject-staff-only");
        }
        ETags.requireMatch(ifMatch, coach.version);
        requireFreeSubject(input.subject(), coach.id);
        apply(input, coach);
        em.flush();
        audit.record("coach", coach.id, "update", auditDetails(coach));
        return new Versioned<>(profile(coach), coach.version);
    }

    Coach find(UUID id) {
        Coach coach = em.find(Coach.class, id);
        if (coach == null) {
            throw Problems.notFound("thing.coach", id);
        }
        return coach;
    }

    private void requireFreeSubject(String subject, UUID coachId) {
        if (subject != null && !em.createQuery("select c.id from Coach c where c.subject = :subject and c.id <> :id", UUID.class)
                .setParameter("subject", subject).setParameter("id", coachId).getResultList().isEmpty()) {
            throw Problems.conflict("coach.profile-exists", subject);
        }
    }

    private void apply(CoachInput input, Coach coach) {
        List<String> topicKeys = distinct(input.topics());
        topics.requireKnown("topics", topicKeys);
        List<String> languages = distinct(input.languages());
        for (String language : languages) {
            if (!ISO_639_1.contains(language)) {
                throw Problems.invalidField("languages", "coach.language-unknown", language);
            }
        }
        coach.name = input.name().strip();
        coach.bio = blankToNull(input.bio());
        coach.topics = new ArrayList<>(topicKeys);
        coach.regions = input.regions() == null ? new ArrayList<>()
                : new ArrayList<>(distinct(input.regions().stream().map(GermanState::name).toList()));
        coach.languages = new ArrayList<>(languages);
        coach.email = blankToNull(input.email());
        coach.phone = blankToNull(input.phone());
        coach.subject = input.subject();
    }

    CoachProfile profile(Coach coach) {
        boolean personal = access.maySeePersonalData(coach);
        return new CoachProfile(coach.id, coach.name, coach.bio, List.copyOf(coach.topics),
                coach.regions.stream().map(GermanState::valueOf).toList(), List.copyOf(coach.languages),
                personal ? coach.subject : null,
                personal ? new CoachContact(coach.email, coach.phone) : null);
    }

    /** Names what changed, never the personal data itself. */
    private static Map<String, Object> auditDetails(Coach coach) {
        return Map.of("name", coach.name, "topics", List.copyOf(coach.topics), "linkedToUser", coach.subject != null);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
