package de.kreativland.transfer.metrics;

import static de.kreativland.transfer.common.SqlValues.date;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The outreach report, computed from raw records on every request; no totals are stored.
 *
 * <p>FLOW: the sum of the values that fall in the range. A value that covers days outside the
 * range (a weekly count across the range's edge) counts pro rata by days: value × days inside ÷
 * days covered, and the figure is flagged {@code partial}. Events, initiatives and sessions cover
 * one day and never overlap partially.
 *
 * <p>STOCK: per scope the latest value on or before the range's last day, then summed over
 * scopes. Never a sum over time.
 */
@ApplicationScoped
public class OutreachReportService {
    static final int MAX_DAYS = 3660;
    /** What one report lists at most: indicators (by position), narratives, breakdown rows, and weeks of MAX_DAYS. */
    static final int MAX_INDICATORS = 200;
    static final int MAX_NARRATIVES = 200;
    static final int MAX_BREAKDOWN = 1000;
    static final int MAX_SERIES = MAX_DAYS / 7 + 2;
    private static final Logger LOG = Logger.getLogger(OutreachReportService.class);
    private static final int SCALE = 12;
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    TargetService narratives;

    /** A raw figure: a FLOW value over first..last, or a STOCK value as of first (= last). Scope null: not tied to a scope. */
    record Fact(UUID scopeId, LocalDate first, LocalDate last, BigDecimal value, String town) {
    }

    record Sum(BigDecimal value, boolean partial) {
        static final Sum ZERO = new Sum(BigDecimal.ZERO, false);

        Sum plus(Sum other) {
            return new Sum(value.add(other.value), partial || other.partial);
        }
    }

    /** The name of a scope the caller may see (after {@link #report} has checked it), for file names. */
    public Optional<String> scopeName(UUID scopeId) {
        MetricScope scope = em.find(MetricScope.class, scopeId);
        return scope == null || !access.visible(scope.state) ? Optional.empty() : Optional.of(scope.name);
    }

    public OutreachReport report(LocalDate from, LocalDate to, UUID scopeId, GermanState state, ReportInterval interval) {
        if (to.isBefore(from)) {
            throw Problems.invalidQuery("to", "must not be before from");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw Problems.invalidQuery("to", "a report covers at most " + MAX_DAYS + " days");
        }
        boolean published = !access.fullView();
        if (scopeId != null) {
            MetricScope scope = em.find(MetricScope.class, scopeId);
            if (scope == null || !access.visible(scope.state)) {
                throw Problems.invalidQuery("scopeId", "there is no scope " + scopeId + " visible to you");
            }
        }
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = from.minusDays(days);
        List<MetricScope> scopes = scopes(scopeId, state);
        Map<UUID, MetricScope> scopesById = new LinkedHashMap<>();
        scopes.forEach(s -> scopesById.put(s.id, s));
        boolean unscoped = scopeId == null && state == null && access.limitStates().isEmpty();
        List<ReportingPeriod> locked = published ? em.createQuery(
                "select p from ReportingPeriod p where p.status = :locked", ReportingPeriod.class)
                .setParameter("locked", PeriodStatus.LOCKED).getResultList() : null;
        List<ReportingPeriod> contained = em.createQuery(
                "select p from ReportingPeriod p where p.startsOn >= :from and p.endsOn <= :to", ReportingPeriod.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(p -> !published || p.status == PeriodStatus.LOCKED).toList();
        List<Indicator> indicators = em.createQuery("select i from Indicator i" + (published ? " where i.isPublic = true" : "")
                + " order by i.position, i.key", Indicator.class).setMaxResults(MAX_INDICATORS).getResultList();
        List<IndicatorTarget> targets = targets(scopesById.keySet(), contained);

        List<OutreachReport.IndicatorFigures> figures = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Fact> facts = facts(indicator, scopesById.keySet(), indicator.kind == IndicatorKind.FLOW ? previousFrom : BEGINNING, to, unscoped);
            if (locked != null) {
                facts = facts.stream().filter(f -> locked.stream().anyMatch(p -> !f.first().isBefore(p.startsOn) && !f.last().isAfter(p.endsOn))).toList();
            }
            figures.add(figures(indicator, facts, scopes, from, to, previousFrom, previousTo, interval,
                    targets.stream().filter(t -> t.indicatorKey.equals(indicator.key)).toList(), contained));
        }
        return new OutreachReport(from, to, previousFrom, previousTo, interval, scopeId, state, published, figures,
                narratives(scopesById.keySet(), contained, from, to, published));
    }

    private OutreachReport.IndicatorFigures figures(Indicator indicator, List<Fact> facts, List<MetricScope> scopes, LocalDate from,
            LocalDate to, LocalDate previousFrom, LocalDate previousTo, ReportInterval interval, List<IndicatorTarget> targets,
            List<ReportingPeriod> contained) {
        boolean flow = indicator.kind == IndicatorKind.FLOW;
        Sum total = value(flow, facts, from, to);
        Sum previous = value(flow, facts, previousFrom, previousTo);

        List<OutreachReport.ScopeFigure> byScope = new ArrayList<>();
        Map<GermanState, Sum> byState = new TreeMap<>();
        Map<String, Sum> byTown = new TreeMap<>();
        Map<UUID, List<Fact>> factsByScope = facts.stream().filter(f -> f.scopeId() != null)
                .collect(Collectors.groupingBy(Fact::scopeId));
        for (MetricScope scope : scopes) {
            List<Fact> own = factsByScope.getOrDefault(scope.id, List.of());
            boolean relevant = own.stream().anyMatch(f -> !f.first().isAfter(to) && (!flow || !f.last().isBefore(from)));
            if (!relevant) {
                continue;
            }
            Sum sum = value(flow, own, from, to);
            byScope.add(new OutreachReport.ScopeFigure(scope.id, scope.name, scope.kind, scope.town, scope.state, round(sum.value()), sum.partial()));
            byState.merge(scope.state, sum, Sum::plus);
            if (!flow && scope.town != null) {
                byTown.merge(scope.town, sum, Sum::plus);
            }
        }
        if (flow) {
            facts.stream().filter(f -> f.town() != null).collect(Collectors.groupingBy(Fact::town))
                    .forEach((town, own) -> {
                        Sum sum = value(true, own, from, to);
                        if (own.stream().anyMatch(f -> !f.first().isAfter(to) && !f.last().isBefore(from))) {
                            byTown.put(town, sum);
                        }
                    });
        }
        List<OutreachReport.SeriesPoint> series = new ArrayList<>();
        for (LocalDate[] bucket : buckets(from, to, interval)) {
            Sum sum = value(flow, facts, bucket[0], bucket[1]);
            series.add(new OutreachReport.SeriesPoint(bucket[0], bucket[1], round(sum.value()), sum.partial()));
        }

        BigDecimal baseline = null;
        BigDecimal target = null;
        List<IndicatorTarget> applying = targets;
        if (!flow && !targets.isEmpty()) {
            Map<UUID, LocalDate> ends = contained.stream().collect(Collectors.toMap(p -> p.id, p -> p.endsOn));
            LocalDate lastEnd = targets.stream().map(t -> ends.get(t.periodId)).max(Comparator.naturalOrder()).orElseThrow();
            applying = targets.stream().filter(t -> ends.get(t.periodId).equals(lastEnd)).toList();
        }
        for (IndicatorTarget t : applying) {
            if (t.baseline != null) {
                baseline = baseline == null ? t.baseline : baseline.add(t.baseline);
            }
            if (t.target != null) {
                target = target == null ? t.target : target.add(t.target);
            }
        }
        BigDecimal attainment = target == null || target.signum() == 0 ? null
                : round(total.value()).divide(target, 4, RoundingMode.HALF_UP);

        return new OutreachReport.IndicatorFigures(indicator.key, indicator.nameDe, indicator.nameEn, indicator.unit, indicator.kind,
                indicator.category, indicator.impactLevel, indicator.source, round(total.value()), total.partial(),
                round(previous.value()), previous.partial(), baseline, target, attainment, byScope.stream().limit(MAX_BREAKDOWN).toList(),
                byState.entrySet().stream().map(e -> new OutreachReport.StateFigure(e.getKey(), round(e.getValue().value()), e.getValue().partial())).toList(),
                byTown.entrySet().stream().limit(MAX_BREAKDOWN)
                        .map(e -> new OutreachReport.TownFigure(e.getKey(), round(e.getValue().value()), e.getValue().partial())).toList(),
                series);
    }

    static Sum value(boolean flow, List<Fact> facts, LocalDate from, LocalDate to) {
        return flow ? flow(facts, from, to) : new Sum(stock(facts, to), false);
    }

    /** Sum of what falls in from..to; values covering days outside count pro rata by days and set partial. */
    static Sum flow(List<Fact> facts, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean partial = false;
        for (Fact f : facts) {
            LocalDate first = f.first().isAfter(from) ? f.first() : from;
            LocalDate last = f.last().isBefore(to) ? f.last() : to;
            if (last.isBefore(first)) {
                continue;
            }
            long inside = ChronoUnit.DAYS.between(first, last) + 1;
            long covered = ChronoUnit.DAYS.between(f.first(), f.last()) + 1;
            if (inside == covered) {
                sum = sum.add(f.value());
            } else {
                partial = true;
                sum = sum.add(f.value().multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(covered), SCALE, RoundingMode.HALF_UP));
            }
        }
        return new Sum(sum, partial);
    }

    /** Per scope the latest value on or before the day, summed over scopes. */
    static BigDecimal stock(List<Fact> facts, LocalDate day) {
        Map<UUID, Fact> latest = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.first().isAfter(day)) {
                continue;
            }
            Fact seen = latest.get(f.scopeId());
            if (seen == null || !f.first().isBefore(seen.first())) {
                latest.put(f.scopeId(), f);
            }
        }
        return latest.values().stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<LocalDate[]> buckets(LocalDate from, LocalDate to, ReportInterval interval) {
        List<LocalDate[]> buckets = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = switch (interval) {
                case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
                case QUARTER -> LocalDate.of(start.getYear(), (start.getMonthValue() - 1) / 3 * 3 + 3, 1).with(TemporalAdjusters.lastDayOfMonth());
            };
            if (end.isAfter(to)) {
                end = to;
            }
            buckets.add(new LocalDate[] {start, end});
            start = end.plusDays(1);
        }
        return buckets;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The scopes the report covers: the filters, within an advisor's states. */
    private List<MetricScope> scopes(UUID scopeId, GermanState state) {
        StringBuilder jpql = new StringBuilder("select s from MetricScope s where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (scopeId != null) {
            jpql.append(" and s.id = :id");
            parameters.put("id", scopeId);
        }
        if (state != null) {
            jpql.append(" and s.state = :state");
            parameters.put("state", state);
        }
        if (!access.limitStates().isEmpty()) {
            jpql.append(" and s.state in :limit");
            parameters.put("limit", access.limitStates());
        }
        var query = em.createQuery(jpql + " order by s.state, s.kind, s.name, s.id", MetricScope.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private List<IndicatorTarget> targets(Set<UUID> scopes, List<ReportingPeriod> periods) {
        if (scopes.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from IndicatorTarget t where t.scopeId in :scopes and t.periodId in :periods", IndicatorTarget.class)
                .setParameter("scopes", scopes).setParameter("periods", periods.stream().map(p -> p.id).toList()).getResultList();
    }

    private List<ReportNarrativeDetail> narratives(Set<UUID> scopes, List<ReportingPeriod> contained, LocalDate from, LocalDate to,
            boolean published) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<UUID> periods = contained.stream().map(p -> p.id).toList();
        String periodCondition = periods.isEmpty() ? "false" : "n.periodId in :periods";
        String rangeCondition = published ? "" : " or (n.startsOn >= :from and n.endsOn <= :to)";
        var query = em.createQuery("select n from ReportNarrative n where n.scopeId in :scopes and (" + periodCondition + rangeCondition + ")",
                ReportNarrative.class).setParameter("scopes", scopes);
        if (!periods.isEmpty()) {
            query.setParameter("periods", periods);
        }
        if (!published) {
            query.setParameter("from", from).setParameter("to", to);
        }
        return query.getResultList().stream().map(narratives::narrative)
                .sorted(Comparator.comparing(ReportNarrativeDetail::startsOn).thenComparing(ReportNarrativeDetail::position)
                        .thenComparing(ReportNarrativeDetail::title))
                .limit(MAX_NARRATIVES)
                .toList();
    }

    /** The raw figures of an indicator for the scopes that touch from..to (STOCK: everything up to `to`). */
    List<Fact> facts(Indicator indicator, Set<UUID> scopes, LocalDate from, LocalDate to, boolean unscoped) {
        if (indicator.source == IndicatorSource.MANUAL) {
            return scopes.isEmpty() ? List.of() : rows("""
                    select m.scope_id, coalesce(m.valid_from, m.as_of), coalesce(m.valid_to, m.as_of), m.value, s.town
                    from measurement m join metric_scope s on s.id = m.scope_id
                    where m.indicator_key = :key and m.scope_id in (:scopes)
                      and not exists (select 1 from measurement c where c.corrects_id = m.id)
                      and coalesce(m.valid_from, m.as_of) <= :to and coalesce(m.valid_to, m.as_of) >= :from
                    order by coalesce(m.valid_from, m.as_of), m.entered_at""", scopes, from, to, indicator.key);
        }
        if (indicator.derivation == Derivation.LEARNING_MODULE_VIEWS) {
            return unscoped ? learningModuleViews(from, to) : List.of();
        }
        if (scopes.isEmpty()) {
            return List.of();
        }
        String sql = switch (indicator.derivation) {
            case EVENTS_HELD -> """
                    select e.scope_id, e.held_on, e.held_on, 1, e.town from metric_event e
                    where e.type <> 'TRIP' and e.scope_id in (:scopes) and e.held_on between :from and :to order by e.held_on""";
            case EVENT_PARTICIPANTS -> """
                    select e.scope_id, e.held_on, e.held_on, e.participants, e.town from metric_event e
                    where e.scope_id in (:scopes) and e.held_on between :from and :to order by e.held_on""";
            case NETWORK_INITIATIVES -> """
                    select n.scope_id, n.supported_on, n.supported_on, 1, coalesce(n.town, s.town)
                    from network_initiative n join metric_scope s on s.id = n.scope_id
                    where n.scope_id in (:scopes) and n.supported_on between :from and :to order by n.supported_on""";
            case COUNSELLING_LOCATIONS -> """
                    select id, day, day, value, town from (
                      select s.id, s.opened_on as day, 1 as value, s.town from metric_scope s
                      where s.kind = 'COUNSELLING_LOCATION' and s.id in (:scopes) and s.opened_on between :from and :to
                      union all
                      select s.id, s.closed_on, 0, s.town from metric_scope s
                      where s.kind = 'COUNSELLING_LOCATION' and s.id in (:scopes) and s.closed_on between :from and :to) d
                    order by day""";
            case COACHING_HOURS -> """
                    select s.id, cs.held_on, cs.held_on, cs.duration_minutes / 60.0, s.town
                    from coaching_session cs
                    join coaching_assignment a on a.id = cs.assignment_id
                    join metric_scope s on s.organisation_id = a.organisation_id
                    where s.id in (:scopes) and cs.held_on between :from and :to order by cs.held_on""";
            case LEARNING_MODULE_VIEWS -> throw new IllegalStateException("handled above");
        };
        return rows(sql, scopes, from, to, null);
    }

    /**
     * Learning-module views: the learning space's anonymous and signed-in daily counts. They belong
     * to no scope, so they appear only in reports not limited to scopes or states.
     */
    private List<Fact> learningModuleViews(LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery("""
                select cast(null as uuid), day, day, sum(anonymous_views + signed_in_views), cast(null as text)
                from learning_module_view_daily where day between :from and :to group by day order by day""");
        return convert(query.setParameter("from", from).setParameter("to", to).getResultList());
    }

    private List<Fact> rows(String sql, Set<UUID> scopes, LocalDate from, LocalDate to, String key) {
        Query query = em.createNativeQuery(sql).setParameter("scopes", scopes).setParameter("from", from).setParameter("to", to);
        if (key != null) {
            query.setParameter("key", key);
        }
        return convert(query.getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Fact> convert(List<?> rows) {
        List<Fact> facts = new ArrayList<>();
        for (Object[] row : (List<Object[]>) rows) {
            facts.add(new Fact((UUID) row[0], date(row[1]), date(row[2]), new BigDecimal(Objects.toString(row[3])), (String) row[4]));
        }
        return facts;
    }
}
