package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.partner.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records figures are derived from: events and supported network initiatives. Adding,
 * changing or removing one changes the derived figures at once; no figure is typed in twice.
 * Records dated inside a period that is no longer OPEN follow the period's rules.
 */
@ApplicationScoped
public class MetricRecordService {
    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    ReportingPeriodService periods;

    @Inject
    AuditLog audit;

    static final List<Keyset.Key> EVENT_ORDER = List.of(Keyset.Key.descending("e.heldOn", "date"),
            Keyset.Key.ascending("e.title", "text"), Keyset.Key.ascending("e.id", "uuid"));
    static final List<Keyset.Key> INITIATIVE_ORDER = List.of(Keyset.Key.descending("e.supportedOn", "date"),
            Keyset.Key.ascending("e.name", "text"), Keyset.Key.ascending("e.id", "uuid"));

    public Page<MetricEventDetail> listEvents(LocalDate from, LocalDate to, UUID scopeId, EventType type, PageParams paging) {
        Lists.Slice<MetricEvent> slice = events(from, to, scopeId, type).page(em, "metric-events", EVENT_ORDER,
                e -> List.of(e.heldOn, e.title, e.id), paging);
        return new Page<>(slice.items().stream().map(MetricEventDetail::of).toList(), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total())).withNextAfter(slice.nextAfter());
    }

    /** The events with these ids that the caller may see and that match the list's filters. */
    public List<MetricEventDetail> eventsByIds(LocalDate from, LocalDate to, UUID scopeId, EventType type, Collection<String> ids) {
        return events(from, to, scopeId, type).onlyIds(ids).all(em).stream().map(MetricEventDetail::of).toList();
    }

    private Lists<MetricEvent> events(LocalDate from, LocalDate to, UUID scopeId, EventType type) {
        return Lists.of(MetricEvent.class)
                .where("e.heldOn >= :from", "from", from).where("e.heldOn <= :to", "to", to)
                .where("e.scopeId = :scope", "scope", scopeId).where("e.type = :type", "type", type)
                .scopeInStates(access.limitStates());
    }

    public MetricEventDetail getEvent(UUID id) {
        return MetricEventDetail.of(readableEvent(id));
    }

    @Transactional
    public MetricEventDetail createEvent(MetricEventInput input) {
        MetricEvent event = new MetricEvent();
        event.id = UUID.randomUUID();
        apply(event, input);
        periods.requireWritable(event.heldOn, event.heldOn, false);
        em.persist(event);
        em.flush();
        audit.record("metric_event", event.id, "create", snapshot(event));
        return MetricEventDetail.of(event);
    }

    @Transactional
    public MetricEventDetail updateEvent(UUID id, String ifMatch, MetricEventInput input) {
        MetricEvent event = readableEvent(id);
        ETags.requireMatch(ifMatch, event.version);
        Map<String, Object> before = snapshot(event);
        periods.requireWritable(event.heldOn, event.heldOn, false);
        apply(event, input);
        periods.requireWritable(event.heldOn, event.heldOn, false);
        em.flush();
        audit.record("metric_event", id, "update", Map.of("before", before, "after", snapshot(event)));
        return MetricEventDetail.of(event);
    }

    @Transactional
    public void deleteEvent(UUID id, String ifMatch) {
        MetricEvent event = readableEvent(id);
        ETags.requireMatch(ifMatch, event.version);
        periods.requireWritable(event.heldOn, event.heldOn, false);
        Map<String, Object> before = snapshot(event);
        em.remove(event);
        em.flush();
        audit.record("metric_event", id, "delete", before);
    }

    public Page<NetworkInitiativeDetail> listInitiatives(LocalDate from, LocalDate to, UUID scopeId, PageParams paging) {
        Lists.Slice<NetworkInitiative> slice = initiatives(from, to, scopeId).page(em, "network-initiatives", INITIATIVE_ORDER,
                i -> List.of(i.supportedOn, i.name, i.id), paging);
        return new Page<>(slice.items().stream().map(NetworkInitiativeDetail::of).toList(), paging.page(),
                paging.size(), slice.total(), paging.totalPages(slice.total())).withNextAfter(slice.nextAfter());
    }

    /** The initiatives with these ids that the caller may see and that match the list's filters. */
    public List<NetworkInitiativeDetail> initiativesByIds(LocalDate from, LocalDate to, UUID scopeId, Collection<String> ids) {
        return initiatives(from, to, scopeId).onlyIds(ids).all(em).stream().map(NetworkInitiativeDetail::of).toList();
    }

    private Lists<NetworkInitiative> initiatives(LocalDate from, LocalDate to, UUID scopeId) {
        return Lists.of(NetworkInitiative.class)
                .where("e.supportedOn >= :from", "from", from).where("e.supportedOn <= :to", "to", to)
                .where("e.scopeId = :scope", "scope", scopeId)
                .scopeInStates(access.limitStates());
    }

    public NetworkInitiativeDetail getInitiative(UUID id) {
        return NetworkInitiativeDetail.of(readableInitiative(id));
    }

    @Transactional
    public NetworkInitiativeDetail createInitiative(NetworkInitiativeInput input) {
        MetricScope scope = access.scopeField("scopeId", input.scopeId());
        NetworkInitiative initiative = new NetworkInitiative();
        initiative.id = UUID.randomUUID();
        initiative.name = input.name().strip();
        initiative.supportedOn = input.supportedOn();
        initiative.scopeId = scope.id;
        initiative.town = input.town() == null ? scope.town : input.town().strip();
        periods.requireWritable(initiative.supportedOn, initiative.supportedOn, false);
        em.persist(initiative);
        em.flush();
        audit.record("network_initiative", initiative.id, "create", Map.of("name", initiative.name,
                "supportedOn", initiative.supportedOn.toString(), "scopeId", initiative.scopeId));
        return NetworkInitiativeDetail.of(initiative);
    }

    @Transactional
    public void deleteInitiative(UUID id, String ifMatch) {
        NetworkInitiative initiative = readableInitiative(id);
        ETags.requireMatch(ifMatch, initiative.version);
        periods.requireWritable(initiative.supportedOn, initiative.supportedOn, false);
        em.remove(initiative);
        em.flush();
        audit.record("network_initiative", id, "delete", Map.of("name", initiative.name,
                "supportedOn", initiative.supportedOn.toString(), "scopeId", initiative.scopeId));
    }

    private MetricEvent readableEvent(UUID id) {
        MetricEvent event = em.find(MetricEvent.class, id);
        if (event == null || !access.visible(em.find(MetricScope.class, event.scopeId).state)) {
            throw Problems.notFound("thing.event", id);
        }
        return event;
    }

    private NetworkInitiative readableInitiative(UUID id) {
        NetworkInitiative initiative = em.find(NetworkInitiative.class, id);
        if (initiative == null || !access.visible(em.find(MetricScope.class, initiative.scopeId).state)) {
            throw Problems.notFound("thing.network-initiative", id);
        }
        return initiative;
    }

    private void apply(MetricEvent event, MetricEventInput input) {
        access.scopeField("scopeId", input.scopeId());
        List<UUID> organisations = input.organisationIds() == null ? List.of() : input.organisationIds();
        for (int i = 0; i < organisations.size(); i++) {
            if (em.find(Organisation.class, organisations.get(i)) == null) {
                throw Problems.invalidField("organisationIds[" + i + "]", "coaching.no-organisation", organisations.get(i));
            }
        }
        event.title = input.title().strip();
        event.type = input.type();
        event.heldOn = input.heldOn();
        event.town = input.town().strip();
        event.scopeId = input.scopeId();
        event.participants = input.participants();
        event.organisationIds = new ArrayList<>(organisations.stream().distinct().toList());
    }

    private static Map<String, Object> snapshot(MetricEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title);
        m.put("type", e.type);
        m.put("heldOn", e.heldOn.toString());
        m.put("town", e.town);
        m.put("scopeId", e.scopeId);
        m.put("participants", e.participants);
        return m;
    }
}
