package de.kreativland.transfer.events;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Markdown;
import de.kreativland.transfer.common.Notifications;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.ProblemLanguage;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.metrics.EventType;
import de.kreativland.transfer.metrics.MetricEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The public events calendar over the events of the outreach figures, and registrations with a capacity
 * and a waiting list. The public_event row is locked while places are counted, so two registrations never
 * take the last place twice. Each step is told to the visitor by mail (Notifications); confirmed_at and moved_up_at record when a place was
 * given, for the mail of "registration confirmed" and "moved up from the waiting list".
 */
@ApplicationScoped
public class PublicEventService {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int MAX_CALENDAR = 1000;
    static final String DEFAULT_CONSENT = "Ich bin einverstanden, dass Name und E-Mail-Adresse für diese Veranstaltung gespeichert werden.";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public record Filter(LocalDate from, LocalDate to, String town, EventType type) {
    }

    private record Row(MetricEvent event, PublicEvent publication, long confirmed, long waitlisted) {
    }

    public Page<PublicEventDetail> list(Filter filter, PageParams paging) {
        List<Row> rows = rows(filter, null, paging.size(), paging.offset());
        long total = ((Number) bind(em.createNativeQuery("select count(*) from metric_event e join public_event p on p.event_id = e.id"
                + where(filter, null)), filter, null).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(PublicEventService::detail).toList(), paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** Up to MAX_CALENDAR events of the filter, for an iCalendar feed. */
    public List<PublicEventDetail> calendar(Filter filter) {
        return rows(filter, null, MAX_CALENDAR, 0).stream().map(PublicEventService::detail).toList();
    }

    public PublicEventDetail get(UUID id) {
        List<Row> rows = rows(new Filter(null, null, null, null), id, 1, 0);
        if (rows.isEmpty()) {
            throw Problems.notFound("thing.event", id);
        }
        return detail(rows.get(0));
    }

    private static String where(Filter filter, UUID id) {
        StringBuilder where = new StringBuilder(" where p.is_public");
        if (id != null) {
            where.append(" and e.id = :id");
        }
        if (filter.from() != null) {
            where.append(" and coalesce(p.ends_on, e.held_on) >= :from");
        }
        if (filter.to() != null) {
            where.append(" and e.held_on <= :to");
        }
        if (filter.town() != null) {
            where.append(" and lower(e.town) = lower(:town)");
        }
        if (filter.type() != null) {
            where.append(" and e.type = :type");
        }
        return where.toString();
    }

    private static Query bind(Query query, Filter filter, UUID id) {
        if (id != null) {
            query.setParameter("id", id);
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.town() != null) {
            query.setParameter("town", filter.town().strip());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type().name());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(Filter filter, UUID id, int limit, int offset) {
        List<Object[]> ids = bind(em.createNativeQuery("""
                select e.id,
                       (select count(*) from event_registration r where r.event_id = e.id and r.status = 'CONFIRMED'),
                       (select count(*) from event_registration r where r.event_id = e.id and r.status = 'WAITLISTED')
                from metric_event e join public_event p on p.event_id = e.id""" + where(filter, id)
                + " order by e.held_on, p.starts_at nulls first, e.title, e.id limit :limit offset :offset"), filter, id)
                .setParameter("limit", limit).setParameter("offset", offset).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> keys = ids.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, MetricEvent> events = new LinkedHashMap<>();
        em.createQuery("select e from MetricEvent e where e.id in :ids", MetricEvent.class).setParameter("ids", keys).getResultList()
                .forEach(e -> events.put(e.id, e));
        Map<UUID, PublicEvent> publications = new LinkedHashMap<>();
        em.createQuery("select p from PublicEvent p where p.eventId in :ids", PublicEvent.class).setParameter("ids", keys).getResultList()
                .forEach(p -> publications.put(p.eventId, p));
        List<Row> rows = new ArrayList<>();
        for (Object[] r : ids) {
            UUID key = (UUID) r[0];
            rows.add(new Row(events.get(key), publications.get(key), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return rows;
    }

    private static PublicEventDetail detail(Row row) {
        MetricEvent e = row.event();
        PublicEvent p = row.publication();
        LocalDate endsOn = p.endsOn != null ? p.endsOn : e.heldOn;
        Integer placesLeft = p.capacity == null ? null : (int) Math.max(0, p.capacity - row.confirmed());
        boolean open = p.capacity != null && p.registrationOpen && !e.heldOn.isBefore(LocalDate.now(BERLIN));
        return new PublicEventDetail(e.id, e.title, e.type, e.heldOn, endsOn, p.startsAt == null ? null : p.startsAt.toString(), e.town,
                p.venue, p.destination, p.country, p.partnerEvent, p.description,
                p.description == null ? null : Markdown.HTML.render(Markdown.parse(p.description)), p.capacity, placesLeft,
                row.waitlisted(), open);
    }

    // --- staff: publication ---

    public Versioned<EventPublication> publication(UUID eventId) {
        MetricEvent event = em.find(MetricEvent.class, eventId);
        if (event == null) {
            throw Problems.notFound("thing.event", eventId);
        }
        PublicEvent p = em.find(PublicEvent.class, eventId);
        if (p == null) {
            return new Versioned<>(new EventPublication(eventId, false, null, null, null, null, null, null, null, null, true, 0, 0, 0), 0);
        }
        return new Versioned<>(publicationOf(p), p.version);
    }

    @Transactional
    public Versioned<EventPublication> publish(UUID eventId, String ifMatch, EventPublicationInput input) {
        MetricEvent event = em.find(MetricEvent.class, eventId);
        if (event == null) {
            throw Problems.notFound("thing.event", eventId);
        }
        PublicEvent p = em.find(PublicEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, p == null ? 0 : p.version);
        if (input.endsOn() != null && input.endsOn().isBefore(event.heldOn)) {
            throw Problems.invalidField("endsOn", "events.ends-before-day", String.valueOf(event.heldOn));
        }
        boolean created = p == null;
        if (created) {
            p = new PublicEvent();
            p.eventId = eventId;
        }
        p.isPublic = input.isPublic();
        p.description = blankToNull(input.description());
        p.startsAt = input.startsAt() == null ? null : LocalTime.parse(input.startsAt());
        p.endsOn = input.endsOn();
        p.venue = blankToNull(input.venue());
        p.destination = blankToNull(input.destination());
        p.country = blankToNull(input.country());
        p.partnerEvent = blankToNull(input.partnerEvent());
        Integer before = p.capacity;
        p.capacity = input.capacity();
        p.registrationOpen = input.registrationOpen() == null || input.registrationOpen();
        if (created) {
            em.persist(p);
        }
        em.flush();
        if (p.capacity != null && (before == null || p.capacity > before)) {
            moveUp(eventId, p.capacity);
        }
        audit.record("public_event", eventId, created ? "create" : "update", Map.of("isPublic", p.isPublic,
                "capacity", p.capacity == null ? "none" : p.capacity));
        return new Versioned<>(publicationOf(p), p.version);
    }

    private EventPublication publicationOf(PublicEvent p) {
        long[] counts = counts(p.eventId);
        return new EventPublication(p.eventId, p.isPublic, p.description, p.startsAt == null ? null : p.startsAt.toString(), p.endsOn, p.venue,
                p.destination, p.country, p.partnerEvent, p.capacity, p.registrationOpen, counts[0], counts[1], p.version);
    }

    private long[] counts(UUID eventId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'WAITLISTED')
                from event_registration where event_id = :id""").setParameter("id", eventId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @SuppressWarnings("unchecked")
    public Page<RegistrationDetail> registrations(UUID eventId, PageParams paging) {
        if (em.find(PublicEvent.class, eventId) == null) {
            throw Problems.notFound("thing.event", eventId);
        }
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, email, status, registered_at, confirmed_at, moved_up_at, cancelled_at from event_registration
                where event_id = :id order by case status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end, registered_at, id
                limit :limit offset :offset""").setParameter("id", eventId).setParameter("limit", paging.size())
                .setParameter("offset", paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from event_registration where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new RegistrationDetail((UUID) r[0], (String) r[1], (String) r[2],
                RegistrationStatus.valueOf((String) r[3]), time(r[4]), time(r[5]), time(r[6]), time(r[7]))).toList(),
                paging.page(), paging.size(), total, paging.totalPages(total));
    }

    // --- visitors: registration and cancellation ---

    @Transactional
    public Registration register(UUID eventId, RegistrationInput input) {
        PublicEvent p = em.find(PublicEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        MetricEvent event = p == null ? null : em.find(MetricEvent.class, eventId);
        if (p == null || !p.isPublic) {
            throw Problems.notFound("thing.event", eventId);
        }
        if (p.capacity == null) {
            throw Problems.conflict("events.no-registrations");
        }
        if (event.heldOn.isBefore(LocalDate.now(BERLIN)) || !p.registrationOpen) {
            throw Problems.conflict("events.registration-closed");
        }
        String email = input.email().strip().toLowerCase(Locale.ROOT);
        Number existing = (Number) em.createNativeQuery("""
                select count(*) from event_registration where event_id = :id and lower(email) = :email and status <> 'CANCELLED'""")
                .setParameter("id", eventId).setParameter("email", email).getSingleResult();
        if (existing.longValue() > 0) {
            throw Problems.invalidField("email", "events.already-registered");
        }
        long confirmed = counts(eventId)[0];
        RegistrationStatus status = confirmed < p.capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        String token = newToken();
        UUID id = UUID.randomUUID();
        String language = input.language() != null ? input.language() : ProblemLanguage.language().getLanguage().equals("en") ? "en" : "de";
        em.createNativeQuery("""
                insert into event_registration (id, event_id, name, email, consent_text, consented_at, status, confirmed_at, cancel_token_hash, language)
                values (:id, :event, :name, :email, :consent, now(), :status, case when :status = 'CONFIRMED' then now() end, :hash, :language)""")
                .setParameter("id", id).setParameter("event", eventId).setParameter("name", input.name().strip())
                .setParameter("email", email)
                .setParameter("consent", input.consentText() == null || input.consentText().isBlank() ? DEFAULT_CONSENT : input.consentText().strip())
                .setParameter("status", status.name()).setParameter("hash", hash(token)).setParameter("language", language).executeUpdate();
        audit.record("event_registration", id, "register", Map.of("eventId", eventId, "status", status.name()));
        notifications.eventRegistration(email, input.name().strip(), eventId, event.title, event.heldOn,
                status == RegistrationStatus.CONFIRMED ? Notifications.RegistrationNotice.CONFIRMED : Notifications.RegistrationNotice.WAITLISTED,
                token, language);
        return registration(id, token);
    }

    public Registration byToken(String token) {
        return registration(idOf(token), null);
    }

    @Transactional
    public Registration cancel(String token) {
        UUID id = idOf(token);
        UUID eventId = (UUID) em.createNativeQuery("select event_id from event_registration where id = :id").setParameter("id", id).getSingleResult();
        PublicEvent p = em.find(PublicEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        String status = (String) em.createNativeQuery("select status from event_registration where id = :id").setParameter("id", id).getSingleResult();
        if (status.equals("CANCELLED")) {
            throw Problems.conflict("events.already-cancelled");
        }
        em.createNativeQuery("update event_registration set status = 'CANCELLED', cancelled_at = now() where id = :id")
                .setParameter("id", id).executeUpdate();
        audit.record("event_registration", id, "cancel", Map.of("eventId", eventId, "was", status));
        if (p.capacity != null) {
            moveUp(eventId, p.capacity);
        }
        return registration(id, null);
    }

    /**
     * After an erasure deleted registrations: the events that lost a confirmed place give it to their waiting
     * lists (each event locked while its places are counted).
     */
    void afterErasure(java.util.Collection<UUID> eventIds) {
        for (UUID eventId : eventIds) {
            PublicEvent p = em.find(PublicEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
            if (p != null && p.capacity != null) {
                moveUp(eventId, p.capacity);
            }
        }
    }

    /** Gives free places to the waiting list in the order of registration; the caller holds the event's lock. */
    private void moveUp(UUID eventId, int capacity) {
        long free = capacity - counts(eventId)[0];
        if (free <= 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<UUID> next = em.createNativeQuery("""
                select id from event_registration where event_id = :id and status = 'WAITLISTED' order by registered_at, id limit :free""")
                .setParameter("id", eventId).setParameter("free", free).getResultList();
        for (UUID id : next) {
            em.createNativeQuery("""
                    update event_registration set status = 'CONFIRMED', confirmed_at = now(), moved_up_at = now() where id = :id""")
                    .setParameter("id", id).executeUpdate();
            audit.record("event_registration", id, "moved-up", Map.of("eventId", eventId));
            Object[] person = (Object[]) em.createNativeQuery("select email, name, language from event_registration where id = :id")
                    .setParameter("id", id).getSingleResult();
            MetricEvent event = em.find(MetricEvent.class, eventId);
            notifications.eventRegistration((String) person[0], (String) person[1], eventId, event.title, event.heldOn,
                    Notifications.RegistrationNotice.MOVED_UP, null, (String) person[2]);
        }
    }

    private UUID idOf(String token) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from event_registration where cancel_token_hash = :hash")
                .setParameter("hash", hash(token)).getResultList();
        if (ids.isEmpty()) {
            throw Problems.notFound("thing.registration", "");
        }
        return ids.get(0);
    }

    private Registration registration(UUID id, String token) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select r.id, r.event_id, e.title, r.status, r.confirmed_at, r.moved_up_at, r.cancelled_at,
                       case when r.status = 'WAITLISTED' then (select count(*) from event_registration w where w.event_id = r.event_id
                            and w.status = 'WAITLISTED' and (w.registered_at, w.id) <= (r.registered_at, r.id)) end
                from event_registration r join metric_event e on e.id = r.event_id where r.id = :id""").setParameter("id", id).getSingleResult();
        return new Registration((UUID) r[0], (UUID) r[1], (String) r[2], RegistrationStatus.valueOf((String) r[3]),
                r[7] == null ? null : ((Number) r[7]).intValue(), time(r[4]), time(r[5]), time(r[6]), token);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
