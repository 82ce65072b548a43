package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Targets and baselines per indicator, scope and period; narrative report sections. */
@ApplicationScoped
public class TargetService {
    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    ReportingPeriodService periods;

    @Inject
    AuditLog audit;

    public Page<IndicatorTargetDetail> listTargets(UUID periodId, String indicatorKey, UUID scopeId, PageParams paging) {
        Lists.Slice<IndicatorTarget> slice = targets(periodId, indicatorKey, scopeId).page(em, "e.periodId, e.indicatorKey, e.scopeId", paging);
        return new Page<>(slice.items().stream().map(IndicatorTargetDetail::of).toList(), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total()));
    }

    /** The targets with these ids that the caller may see and that match the list's filters. */
    public List<IndicatorTargetDetail> targetsByIds(UUID periodId, String indicatorKey, UUID scopeId, Collection<String> ids) {
        return targets(periodId, indicatorKey, scopeId).onlyIds(ids).all(em).stream().map(IndicatorTargetDetail::of).toList();
    }

    private Lists<IndicatorTarget> targets(UUID periodId, String indicatorKey, UUID scopeId) {
        return Lists.of(IndicatorTarget.class)
                .where("e.periodId = :period", "period", periodId).where("e.indicatorKey = :indicator", "indicator", indicatorKey)
                .where("e.scopeId = :scope", "scope", scopeId).scopeInStates(access.limitStates());
    }

    public IndicatorTargetDetail getTarget(UUID id) {
        return IndicatorTargetDetail.of(readableTarget(id));
    }

    private IndicatorTarget readableTarget(UUID id) {
        IndicatorTarget target = em.find(IndicatorTarget.class, id);
        if (target == null || !access.visible(em.find(MetricScope.class, target.scopeId).state)) {
            throw Problems.notFound("thing.target", id);
        }
        return target;
    }

    /** Changes baseline and target (If-Match) while the period is open; indicator, scope and period stay. */
    @Transactional
    public IndicatorTargetDetail updateTarget(UUID id, String ifMatch, IndicatorTargetUpdateInput input) {
        IndicatorTarget target = readableTarget(id);
        ETags.requireMatch(ifMatch, target.version);
        requireWritable(target);
        if (input.baseline() == null && input.target() == null) {
            throw Problems.invalidField("target", "metrics.target-or-baseline");
        }
        Map<String, Object> before = snapshot(target);
        target.baseline = scaled(input.baseline());
        target.target = scaled(input.target());
        em.flush();
        audit.record("indicator_target", id, "update", Map.of("before", before, "after", snapshot(target)));
        return IndicatorTargetDetail.of(target);
    }

    /** Removes a target (If-Match) while its period is open. */
    @Transactional
    public void deleteTarget(UUID id, String ifMatch) {
        IndicatorTarget target = readableTarget(id);
        ETags.requireMatch(ifMatch, target.version);
        requireWritable(target);
        Map<String, Object> before = snapshot(target);
        em.remove(target);
        em.flush();
        audit.record("indicator_target", id, "delete", before);
    }

    private void requireWritable(IndicatorTarget target) {
        ReportingPeriod period = em.find(ReportingPeriod.class, target.periodId);
        periods.requireWritable(period.startsOn, period.endsOn, false);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> snapshot(IndicatorTarget target) {
        Map<String, Object> details = new HashMap<>();
        details.put("indicatorKey", target.indicatorKey);
        details.put("scopeId", target.scopeId);
        details.put("periodId", target.periodId);
        details.put("baseline", target.baseline);
        details.put("target", target.target);
        return details;
    }

    @Transactional
    public IndicatorTargetDetail createTarget(IndicatorTargetInput input) {
        if (em.find(Indicator.class, input.indicatorKey()) == null) {
            throw Problems.invalidField("indicatorKey", "metrics.no-indicator", input.indicatorKey());
        }
        access.scopeField("scopeId", input.scopeId());
        ReportingPeriod period = em.find(ReportingPeriod.class, input.periodId());
        if (period == null) {
            throw Problems.invalidField("periodId", "metrics.no-period", input.periodId());
        }
        periods.requireWritable(period.startsOn, period.endsOn, false);
        if (input.baseline() == null && input.target() == null) {
            throw Problems.invalidField("target", "metrics.target-or-baseline");
        }
        if (!em.createQuery("select t.id from IndicatorTarget t where t.indicatorKey = :i and t.scopeId = :s and t.periodId = :p", UUID.class)
                .setParameter("i", input.indicatorKey()).setParameter("s", input.scopeId()).setParameter("p", input.periodId())
                .getResultList().isEmpty()) {
            throw Problems.conflict("metrics.target-exists");
        }
        IndicatorTarget target = new IndicatorTarget();
        target.id = UUID.randomUUID();
        target.indicatorKey = input.indicatorKey();
        target.scopeId = input.scopeId();
        target.periodId = input.periodId();
        target.baseline = scaled(input.baseline());
        target.target = scaled(input.target());
        em.persist(target);
        em.flush();
        audit.record("indicator_target", target.id, "create", snapshot(target));
        return IndicatorTargetDetail.of(target);
    }

    public Page<ReportNarrativeDetail> listNarratives(UUID periodId, UUID scopeId, PageParams paging) {
        Lists.Slice<ReportNarrative> slice = narratives(periodId, scopeId)
                .page(em, "coalesce(e.startsOn, (select p.startsOn from ReportingPeriod p where p.id = e.periodId)), e.position, e.id", paging);
        return new Page<>(narratives(slice.items()), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total()));
    }

    /** The narrative sections with these ids that the caller may see and that match the list's filters. */
    public List<ReportNarrativeDetail> narrativesByIds(UUID periodId, UUID scopeId, Collection<String> ids) {
        return narratives(narratives(periodId, scopeId).onlyIds(ids).all(em));
    }

    private Lists<ReportNarrative> narratives(UUID periodId, UUID scopeId) {
        return Lists.of(ReportNarrative.class)
                .where("e.periodId = :period", "period", periodId).where("e.scopeId = :scope", "scope", scopeId)
                .scopeInStates(access.limitStates());
    }

    /** The sections with the dates of their periods, read in one query. */
    private List<ReportNarrativeDetail> narratives(List<ReportNarrative> sections) {
        List<UUID> periodIds = sections.stream().map(n -> n.periodId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, ReportingPeriod> byId = new HashMap<>();
        if (!periodIds.isEmpty()) {
            em.createQuery("select p from ReportingPeriod p where p.id in :ids", ReportingPeriod.class).setParameter("ids", periodIds)
                    .getResultList().forEach(p -> byId.put(p.id, p));
        }
        return sections.stream().map(n -> narrative(n, byId.get(n.periodId))).toList();
    }

    public ReportNarrativeDetail getNarrative(UUID id) {
        return narrative(readableNarrative(id));
    }

    @Transactional
    public ReportNarrativeDetail createNarrative(ReportNarrativeInput input) {
        ReportNarrative narrative = new ReportNarrative();
        narrative.id = UUID.randomUUID();
        applyNarrative(narrative, input);
        em.persist(narrative);
        em.flush();
        audit.record("report_narrative", narrative.id, "create", Map.of("title", narrative.title, "scopeId", narrative.scopeId));
        return narrative(narrative);
    }

    /** Saves a section over the version read (If-Match); both its old and its new period or range must still be open. */
    @Transactional
    public ReportNarrativeDetail updateNarrative(UUID id, String ifMatch, ReportNarrativeInput input) {
        ReportNarrative narrative = readableNarrative(id);
        ETags.requireMatch(ifMatch, narrative.version);
        requireWritable(narrative);
        Map<String, Object> before = snapshot(narrative);
        applyNarrative(narrative, input);
        em.flush();
        audit.record("report_narrative", id, "update", Map.of("before", before, "after", snapshot(narrative)));
        return narrative(narrative);
    }

    /** Removes a section (If-Match) while its period or range is still open. */
    @Transactional
    public void deleteNarrative(UUID id, String ifMatch) {
        ReportNarrative narrative = readableNarrative(id);
        ETags.requireMatch(ifMatch, narrative.version);
        requireWritable(narrative);
        Map<String, Object> before = snapshot(narrative);
        em.remove(narrative);
        em.flush();
        audit.record("report_narrative", id, "delete", before);
    }

    private ReportNarrative readableNarrative(UUID id) {
        ReportNarrative narrative = em.find(ReportNarrative.class, id);
        if (narrative == null || !access.visible(em.find(MetricScope.class, narrative.scopeId).state)) {
            throw Problems.notFound("thing.narrative", id);
        }
        return narrative;
    }

    private void requireWritable(ReportNarrative narrative) {
        ReportNarrativeDetail current = narrative(narrative);
        periods.requireWritable(current.startsOn(), current.endsOn(), false);
    }

    private static Map<String, Object> snapshot(ReportNarrative n) {
        Map<String, Object> values = new HashMap<>();
        values.put("scopeId", n.scopeId);
        values.put("periodId", n.periodId);
        values.put("startsOn", n.startsOn);
        values.put("endsOn", n.endsOn);
        values.put("position", n.position);
        values.put("title", n.title);
        values.put("body", n.body);
        return values;
    }

    private void applyNarrative(ReportNarrative narrative, ReportNarrativeInput input) {
        access.scopeField("scopeId", input.scopeId());
        if (input.periodId() != null) {
            if (input.startsOn() != null || input.endsOn() != null) {
                throw Problems.invalidField("startsOn", "metrics.period-or-dates");
            }
            ReportingPeriod period = em.find(ReportingPeriod.class, input.periodId());
            if (period == null) {
                throw Problems.invalidField("periodId", "metrics.no-period", input.periodId());
            }
            periods.requireWritable(period.startsOn, period.endsOn, false);
        } else {
            if (input.startsOn() == null) {
                throw Problems.invalidField("startsOn", "metrics.required-without-period");
            }
            if (input.endsOn() == null) {
                throw Problems.invalidField("endsOn", "metrics.required-without-period");
            }
            if (input.endsOn().isBefore(input.startsOn())) {
                throw Problems.invalidField("endsOn", "metrics.ends-before-starts");
            }
            periods.requireWritable(input.startsOn(), input.endsOn(), false);
        }
        narrative.scopeId = input.scopeId();
        narrative.periodId = input.periodId();
        narrative.startsOn = input.startsOn();
        narrative.endsOn = input.endsOn();
        narrative.position = input.position() == null ? 0 : input.position();
        narrative.title = input.title().strip();
        narrative.body = input.body();
    }

    ReportNarrativeDetail narrative(ReportNarrative n) {
        return narrative(n, n.periodId == null ? null : em.find(ReportingPeriod.class, n.periodId));
    }

    private static ReportNarrativeDetail narrative(ReportNarrative n, ReportingPeriod period) {
        return new ReportNarrativeDetail(n.id, n.scopeId, n.periodId, period == null ? n.startsOn : period.startsOn,
                period == null ? n.endsOn : period.endsOn, n.position, n.title, n.body, n.version);
    }
}
