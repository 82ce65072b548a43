package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values of MANUAL indicators. Rows are never changed: a correction adds a row naming the value it
 * replaces and why, so the history stays. At most one current value per indicator, scope and day
 * (STOCK) or overlapping days (FLOW), so nothing is counted twice.
 */
@ApplicationScoped
public class MeasurementService {
    /** Newest first (by the start of the period or the day of the value), then by indicator. */
    static final List<Keyset.Key> ORDER = List.of(Keyset.Key.descending("coalesce(e.validFrom, e.asOf)", "date"),
            Keyset.Key.ascending("e.indicatorKey", "text"), Keyset.Key.ascending("e.id", "uuid"));
    private static final String CURRENT = "not exists (select 1 from Measurement c where c.correctsId = e.id)";

    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    ReportingPeriodService periods;

    @Inject
    AuditLog audit;

    public Page<MeasurementDetail> list(String indicatorKey, UUID scopeId, LocalDate from, LocalDate to, PageParams paging) {
        Lists.Slice<Measurement> slice = current(indicatorKey, scopeId, from, to).page(em, "measurements", ORDER,
                m -> List.of(m.validFrom != null ? m.validFrom : m.asOf, m.indicatorKey, m.id), paging);
        List<MeasurementDetail> items = slice.items().stream().map(m -> details(m, null, true)).toList();
        return new Page<>(items, paging.page(), paging.size(), slice.total(), paging.totalPages(slice.total()))
                .withNextAfter(slice.nextAfter());
    }

    /** The current values with these ids that the caller may see and that match the list's filters. */
    public List<MeasurementDetail> byIds(String indicatorKey, UUID scopeId, LocalDate from, LocalDate to, Collection<String> ids) {
        return current(indicatorKey, scopeId, from, to).onlyIds(ids).all(em).stream().map(m -> details(m, null, true)).toList();
    }

    private Lists<Measurement> current(String indicatorKey, UUID scopeId, LocalDate from, LocalDate to) {
        return Lists.of(Measurement.class)
                .where(CURRENT)
                .where("e.indicatorKey = :indicator", "indicator", indicatorKey)
                .where("e.scopeId = :scope", "scope", scopeId)
                .where("coalesce(e.validTo, e.asOf) >= :from", "from", from)
                .where("coalesce(e.validFrom, e.asOf) <= :to", "to", to)
                .scopeInStates(access.limitStates());
    }

    /** Versions of a value listed in its history: the latest of a longer chain of corrections. */
    static final int MAX_HISTORY = 100;

    /** One value with its whole correction history, also when it has been corrected since. */
    public MeasurementDetail get(UUID id) {
        Measurement measurement = readable(id);
        List<Measurement> chain = chain(measurement);
        UUID correctedBy = null;
        for (int i = 0; i < chain.size() - 1; i++) {
            if (chain.get(i).id.equals(measurement.id)) {
                correctedBy = chain.get(i + 1).id;
            }
        }
        List<Measurement> shown = chain.subList(Math.max(0, chain.size() - MAX_HISTORY), chain.size());
        Map<String, String> names = enteredByNames(shown);
        List<MeasurementDetail.MeasurementVersion> history = shown.stream()
                .map(m -> new MeasurementDetail.MeasurementVersion(m.id, m.value, m.enteredBy, names.get(m.id.toString()), m.enteredAt, m.reason))
                .toList();
        return new MeasurementDetail(measurement.id, measurement.indicatorKey, measurement.scopeId, measurement.value,
                measurement.validFrom, measurement.validTo, measurement.asOf, measurement.note, measurement.enteredBy,
                measurement.enteredAt, measurement.correctsId, measurement.reason, correctedBy, correctedBy == null, history);
    }

    @Transactional
    public MeasurementDetail create(MeasurementInput input) {
        Indicator indicator = em.find(Indicator.class, input.indicatorKey());
        if (indicator == null) {
            throw Problems.invalidField("indicatorKey", "metrics.no-indicator", input.indicatorKey());
        }
        if (indicator.source == IndicatorSource.DERIVED) {
            throw Problems.invalidField("indicatorKey", "metrics.indicator-derived", indicator.key, indicator.derivation);
        }
        MetricScope scope = access.scopeField("scopeId", input.scopeId());
        LocalDate first;
        LocalDate last;
        if (indicator.kind == IndicatorKind.FLOW) {
            if (input.asOf() != null) {
                throw Problems.invalidField("asOf", "metrics.flow-not-as-of", indicator.key);
            }
            if (input.validFrom() == null) {
                throw Problems.invalidField("validFrom", "metrics.flow-requires", indicator.key);
            }
            if (input.validTo() == null) {
                throw Problems.invalidField("validTo", "metrics.flow-requires", indicator.key);
            }
            if (input.validTo().isBefore(input.validFrom())) {
                throw Problems.invalidField("validTo", "metrics.valid-to-before-from");
            }
            first = input.validFrom();
            last = input.validTo();
        } else {
            if (input.validFrom() != null || input.validTo() != null) {
                throw Problems.invalidField(input.validFrom() != null ? "validFrom" : "validTo", "metrics.stock-not-valid", indicator.key);
            }
            if (input.asOf() == null) {
                throw Problems.invalidField("asOf", "metrics.stock-requires", indicator.key);
            }
            first = last = input.asOf();
        }
        periods.requireWritable(first, last, false);
        List<UUID> clashes = em.createQuery("select e.id from Measurement e where " + CURRENT + """
                 and e.indicatorKey = :indicator and e.scopeId = :scope
                 and coalesce(e.validFrom, e.asOf) <= :last and coalesce(e.validTo, e.asOf) >= :first""", UUID.class)
                .setParameter("indicator", indicator.key).setParameter("scope", scope.id)
                .setParameter("first", first).setParameter("last", last).setMaxResults(1).getResultList();
        if (!clashes.isEmpty()) {
            throw Problems.conflict("metrics.measurement-clash", clashes.get(0), indicator.key);
        }
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.indicatorKey = indicator.key;
        m.scopeId = scope.id;
        m.value = input.value().setScale(2, java.math.RoundingMode.HALF_UP);
        m.validFrom = input.validFrom();
        m.validTo = input.validTo();
        m.asOf = input.asOf();
        m.note = input.note();
        m.enteredBy = access.actor();
        m.enteredAt = OffsetDateTime.now();
        em.persist(m);
        em.flush();
        audit.record("measurement", m.id, "create", Map.of("indicatorKey", m.indicatorKey, "scopeId", m.scopeId, "value", m.value,
                "from", first.toString(), "to", last.toString()));
        return details(m, null, true);
    }

    @Transactional
    public MeasurementDetail correct(UUID id, MeasurementCorrectionInput input) {
        Measurement previous = readable(id);
        List<UUID> later = em.createQuery("select c.id from Measurement c where c.correctsId = :id", UUID.class)
                .setParameter("id", id).getResultList();
        if (!later.isEmpty()) {
            throw Problems.conflict("metrics.measurement-corrected", id, later.get(0));
        }
        periods.requireWritable(previous.firstDay(), previous.lastDay(), true);
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.indicatorKey = previous.indicatorKey;
        m.scopeId = previous.scopeId;
        m.value = input.value().setScale(2, java.math.RoundingMode.HALF_UP);
        m.validFrom = previous.validFrom;
        m.validTo = previous.validTo;
        m.asOf = previous.asOf;
        m.note = previous.note;
        m.correctsId = previous.id;
        m.reason = input.reason().strip();
        m.enteredBy = access.actor();
        m.enteredAt = OffsetDateTime.now();
        em.persist(m);
        em.flush();
        // The corrected value leaves the list. Its unchanged row is written again so that the change feed
        // moves it behind the correction and mirrors learn of its removal.
        em.createNativeQuery("update measurement set corrects_id = corrects_id where id = :id")
                .setParameter("id", previous.id).executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("corrects", previous.id);
        details.put("before", previous.value);
        details.put("after", m.value);
        details.put("reason", m.reason);
        audit.record("measurement", m.id, "correct", details);
        return get(m.id);
    }

    private Measurement readable(UUID id) {
        Measurement measurement = em.find(Measurement.class, id);
        if (measurement == null) {
            throw Problems.notFound("thing.measurement", id);
        }
        MetricScope scope = em.find(MetricScope.class, measurement.scopeId);
        if (!access.visible(scope.state)) {
            throw Problems.notFound("thing.measurement", id);
        }
        return measurement;
    }

    /** Who entered each version, by name, as the audit log recorded it when the value was entered or corrected. */
    private Map<String, String> enteredByNames(List<Measurement> versions) {
        Map<String, String> names = new java.util.HashMap<>();
        if (versions.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select entity_id, actor_name from audit_log
                 where entity_type = 'measurement' and entity_id in (:ids) and action in ('create', 'correct') and actor_name is not null""")
                .setParameter("ids", versions.stream().map(m -> m.id.toString()).toList()).getResultList();
        rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Every version from the first value to the current one. */
    private List<Measurement> chain(Measurement any) {
        List<Measurement> chain = new ArrayList<>();
        Measurement m = any;
        while (m != null) {
            chain.add(m);
            m = m.correctsId == null ? null : em.find(Measurement.class, m.correctsId);
        }
        Collections.reverse(chain);
        Measurement last = any;
        while (true) {
            List<Measurement> next = em.createQuery("select c from Measurement c where c.correctsId = :id", Measurement.class)
                    .setParameter("id", last.id).getResultList();
            if (next.isEmpty()) {
                return chain;
            }
            last = next.get(0);
            chain.add(last);
        }
    }

    private static MeasurementDetail details(Measurement m, UUID correctedBy, boolean current) {
        return new MeasurementDetail(m.id, m.indicatorKey, m.scopeId, m.value, m.validFrom, m.validTo, m.asOf, m.note,
                m.enteredBy, m.enteredAt, m.correctsId, m.reason, correctedBy, current, null);
    }
}
