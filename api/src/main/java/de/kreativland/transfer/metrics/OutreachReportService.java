package de.kreativland.transfer.metrics;


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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    record Sum(BigDecimal value, boolean partial) {
        static final Sum ZERO = new Sum(BigDecimal.ZERO, false);
    }

    /** The scopes a report covers, as a condition on {@code metric_scope s} in SQL and in JPQL (same parameter names). */
    record ScopeFilter(UUID scopeId, GermanState state, List<GermanState> limit) {
        String condition() {
            return (scopeId == null ? "" : " and s.id = :scopeId") + (state == null ? "" : " and s.state = :state")
                    + (limit.isEmpty() ? "" : " and s.state in (:limit)");
        }

        <Q extends Query> Q bind(Q query, boolean nativeSql) {
            if (scopeId != null) {
                query.setParameter("scopeId", scopeId);
            }
            if (state != null) {
                query.setParameter("state", nativeSql ? state.name() : state);
            }
            if (!limit.isEmpty()) {
                query.setParameter("limit", nativeSql ? limit.stream().map(Enum::name).toList() : limit);
            }
            return query;
        }
    }

    /** Sums of baselines and targets of one indicator for the periods ending on one day. */
    record TargetSum(LocalDate endsOn, BigDecimal baseline, BigDecimal target) {
    }

    /** The name of a scope the caller may see (after {@link #report} has checked it), for file names. */
    public Optional<String> scopeName(UUID scopeId) {
        MetricScope scope = em.find(MetricScope.class, scopeId);
        return scope == null || !access.visible(scope.state) ? Optional.empty() : Optional.of(scope.name);
    }

    public OutreachReport report(LocalDate from, LocalDate to, UUID scopeId, GermanState state, ReportInterval interval) {
        if (to.isBefore(from)) {
            throw Problems.invalidQuery("to", "metrics.to-before-from");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw Problems.invalidQuery("to", "metrics.report-days-limit", String.valueOf(MAX_DAYS));
        }
        boolean published = !access.fullView();
        if (scopeId != null) {
            MetricScope scope = em.find(MetricScope.class, scopeId);
            if (scope == null || !access.visible(scope.state)) {
                throw Problems.invalidQuery("scopeId", "metrics.no-visible-scope", scopeId);
            }
        }
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = from.minusDays(days);
        ScopeFilter scopes = new ScopeFilter(scopeId, state, access.limitStates());
        boolean unscoped = scopeId == null && state == null && access.limitStates().isEmpty();
        List<ReportingPeriod> contained = em.createQuery(
                "select p from ReportingPeriod p where p.startsOn >= :from and p.endsOn <= :to", ReportingPeriod.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(p -> !published || p.status == PeriodStatus.LOCKED).toList();
        List<Indicator> indicators = em.createQuery("select i from Indicator i" + (published ? " where i.isPublic = true" : "")
                + " order by i.position, i.key", Indicator.class).setMaxResults(MAX_INDICATORS).getResultList();
        Map<String, List<TargetSum>> targets = targets(scopes, contained);

        // Windows of every figure: 1 the range, 2 the previous range, then the buckets of the series.
        List<LocalDate[]> buckets = buckets(from, to, interval);
        List<LocalDate[]> windows = new ArrayList<>();
        windows.add(new LocalDate[] {from, to});
        windows.add(new LocalDate[] {previousFrom, previousTo});
        windows.addAll(buckets);

        // A range inside a LOCKED period reads the same for everyone: its final figures; the full view adds what is pending.
        boolean settled = !em.createQuery("""
                select p.id from ReportingPeriod p where p.status = :locked and p.startsOn <= :from and p.endsOn >= :to""", UUID.class)
                .setParameter("locked", PeriodStatus.LOCKED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(1).getResultList().isEmpty();
        List<OutreachReport.IndicatorFigures> figures = new ArrayList<>();
        for (Indicator indicator : indicators) {
            figures.add(figures(indicator, scopes, windows, unscoped, published, settled, targets.getOrDefault(indicator.key, List.of())));
        }
        return new OutreachReport(from, to, previousFrom, previousTo, interval, scopeId, state, published, figures,
                narratives(scopes, contained, from, to, published));
    }

    private OutreachReport.IndicatorFigures figures(Indicator indicator, ScopeFilter scopes, List<LocalDate[]> windows, boolean unscoped,
            boolean published, boolean settled, List<TargetSum> targets) {
        boolean flow = indicator.kind == IndicatorKind.FLOW;
        LocalDate from = windows.get(0)[0];
        LocalDate to = windows.get(0)[1];
        Map<Integer, Sum> byWindow = new HashMap<>();
        List<OutreachReport.ScopeFigure> byScope = new ArrayList<>();
        Map<GermanState, Sum> byState = new TreeMap<>();
        Map<String, Sum> byTown = new TreeMap<>();
        LocalDate earliest = flow ? windows.get(1)[0] : BEGINNING;
        for (Object[] row : aggregate(indicator, scopes, windows, earliest, to, unscoped, published || settled)) {
            Sum sum = new Sum((BigDecimal) row[7], (Boolean) row[8]);
            switch ((String) row[0]) {
                case "W" -> byWindow.put(((Number) row[1]).intValue(), sum);
                case "S" -> byScope.add(new OutreachReport.ScopeFigure((UUID) row[2], (String) row[3], ScopeKind.valueOf((String) row[4]),
                        (String) row[5], GermanState.valueOf((String) row[6]), round(indicator, sum.value()), sum.partial(),
                        (BigDecimal) row[9], (BigDecimal) row[10]));
                case "P" -> byState.put(GermanState.valueOf((String) row[6]), sum);
                case "T" -> byTown.put((String) row[5], sum);
                default -> throw new IllegalStateException("unknown part " + row[0]);
            }
        }
        Sum total = byWindow.getOrDefault(1, Sum.ZERO);
        Sum previous = byWindow.getOrDefault(2, Sum.ZERO);
        BigDecimal pending = null;
        if (settled && !published) {
            BigDecimal all = aggregate(indicator, scopes, windows.subList(0, 1), flow ? from : BEGINNING, to, unscoped, false).stream()
                    .filter(row -> "W".equals(row[0])).map(row -> (BigDecimal) row[7]).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal difference = round(indicator, all.subtract(total.value()));
            pending = difference.signum() == 0 ? null : difference;
        }
        List<OutreachReport.SeriesPoint> series = new ArrayList<>();
        for (int i = 2; i < windows.size(); i++) {
            Sum sum = byWindow.getOrDefault(i + 1, Sum.ZERO);
            series.add(new OutreachReport.SeriesPoint(windows.get(i)[0], windows.get(i)[1], round(indicator, sum.value()), sum.partial()));
        }

        List<TargetSum> applying = targets;
        if (!flow && !targets.isEmpty()) {
            LocalDate lastEnd = targets.stream().map(TargetSum::endsOn).max(Comparator.naturalOrder()).orElseThrow();
            applying = targets.stream().filter(t -> t.endsOn().equals(lastEnd)).toList();
        }
        BigDecimal baseline = null;
        BigDecimal target = null;
        for (TargetSum t : applying) {
            if (t.baseline() != null) {
                baseline = baseline == null ? t.baseline() : baseline.add(t.baseline());
            }
            if (t.target() != null) {
                target = target == null ? t.target() : target.add(t.target());
            }
        }
        BigDecimal attainment = target == null || target.signum() == 0 ? null
                : round(indicator, total.value()).divide(target, 4, RoundingMode.HALF_UP);

        return new OutreachReport.IndicatorFigures(indicator.key, indicator.nameDe, indicator.nameEn, indicator.unit, indicator.kind,
                indicator.category, indicator.impactLevel, indicator.source, indicator.countsWholeThings(), round(indicator, total.value()),
                total.partial(), pending, byWindow.containsKey(2), round(indicator, previous.value()), previous.partial(), baseline, target,
                attainment, byScope,
                byState.entrySet().stream().map(e -> new OutreachReport.StateFigure(e.getKey(), round(indicator, e.getValue().value()), e.getValue().partial())).toList(),
                byTown.entrySet().stream().map(e -> new OutreachReport.TownFigure(e.getKey(), round(indicator, e.getValue().value()), e.getValue().partial())).toList(),
                series);
    }

    /**
     * One indicator's figures, computed in the database over its raw records: rows (part, window, scope id, name, kind,
     * town, state, value, partial, latitude, longitude) where part W is a window's figure (1 the range, 2 the previous range, 3… the buckets),
     * S a scope's figure for the range (the first MAX_BREAKDOWN by state, kind, name, with the scope's position when set), P a state's, T a town's (the
     * first MAX_BREAKDOWN by name).
     *
     * <p>FLOW: a record inside a window counts whole, one reaching outside it value × days inside ÷ days covered
     * (to 12 decimals, half up) and flags the window partial. STOCK: per scope the record that is the latest on or
     * before the window's last day (ties: the last entered), summed over scopes; the town is the scope's.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> aggregate(Indicator indicator, ScopeFilter scopes, List<LocalDate[]> windows, LocalDate from, LocalDate to,
            boolean unscoped, boolean published) {
        boolean flow = indicator.kind == IndicatorKind.FLOW;
        String facts = facts(indicator, unscoped);
        if (published) {
            facts = "select * from (" + facts + ") raw where exists (select 1 from reporting_period p where p.status = 'LOCKED'"
                    + " and raw.first >= p.starts_on and raw.last <= p.ends_on)";
        }
        String contributions = flow ? """
                c as (select w.n, f.scope_id, f.town,
                        case when f.first >= w.a and f.last <= w.b then cast(f.value as numeric)
                             else round(cast(f.value * (least(f.last, w.b) - greatest(f.first, w.a) + 1) as numeric(1000, 24))
                                        / (f.last - f.first + 1), 12) end as v,
                        not (f.first >= w.a and f.last <= w.b) as partial
                      from f join w on f.first <= w.b and f.last >= w.a)"""
                : """
                l as (select f.*, lead(f.first) over (partition by f.scope_id order by f.first, f.ord) as next from f),
                c as (select w.n, l.scope_id, s.town, cast(l.value as numeric) as v, false as partial
                      from l join w on l.first <= w.b and (l.next is null or l.next > w.b) left join scope s on s.id = l.scope_id)""";
        String sql = "with scope as (select * from metric_scope s where true" + scopes.condition() + "),\n"
                + "f as (" + facts + "),\n"
                + "w as (select * from unnest(cast(:starts as date[]), cast(:ends as date[])) with ordinality as w(a, b, n)),\n"
                + contributions + ",\n"
                + """
                per_scope as (select c.scope_id, sum(c.v) as v, bool_or(c.partial) as partial from c
                              where c.n = 1 and c.scope_id is not null group by c.scope_id)
                select 'W' as part, c.n, cast(null as uuid), cast(null as text), cast(null as text), cast(null as text), cast(null as text),
                       sum(c.v), bool_or(c.partial), cast(null as numeric), cast(null as numeric)
                from c group by c.n
                union all
                (select 'S', null, s.id, s.name, s.kind, s.town, s.state, p.v, p.partial, s.latitude, s.longitude
                 from per_scope p join scope s on s.id = p.scope_id order by s.state, s.kind, s.name, s.id limit :breakdown)
                union all
                select 'P', null, null, null, null, null, s.state, sum(p.v), bool_or(p.partial), null, null
                from per_scope p join scope s on s.id = p.scope_id group by s.state
                union all
                (select 'T', null, null, null, null, c.town, null, sum(c.v), bool_or(c.partial), null, null
                 from c where c.n = 1 and c.town is not null group by c.town order by c.town collate "C" limit :breakdown)""";
        Query query = em.createNativeQuery(sql)
                .setParameter("starts", dateArray(windows, 0)).setParameter("ends", dateArray(windows, 1))
                .setParameter("from", from).setParameter("to", to).setParameter("breakdown", MAX_BREAKDOWN);
        if (indicator.source == IndicatorSource.MANUAL) {
            query.setParameter("key", indicator.key);
        }
        return (List<Object[]>) scopes.bind(query, true).getResultList();
    }

    private static String dateArray(List<LocalDate[]> windows, int end) {
        return windows.stream().map(w -> w[end].toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * The raw records of an indicator for the scopes of the report ({@code scope}) that touch :from..:to, as
     * (scope_id, first, last, value, town, ord); ord orders records of one scope and day (STOCK: the last one counts).
     */
    static String facts(Indicator indicator, boolean unscoped) {
        if (indicator.source == IndicatorSource.MANUAL) {
            return """
                    select m.scope_id, coalesce(m.valid_from, m.as_of) as first, coalesce(m.valid_to, m.as_of) as last, m.value, s.town,
                           extract(epoch from m.entered_at) as ord
                    from measurement m join scope s on s.id = m.scope_id
                    where m.indicator_key = :key
                      and not exists (select 1 from measurement c where c.corrects_id = m.id)
                      and coalesce(m.valid_from, m.as_of) <= :to and coalesce(m.valid_to, m.as_of) >= :from""";
        }
        return switch (indicator.derivation) {
            case EVENTS_HELD -> """
                    select e.scope_id, e.held_on as first, e.held_on as last, 1 as value, e.town, 0 as ord
                    from metric_event e join scope s on s.id = e.scope_id
                    where e.type <> 'TRIP' and e.held_on between :from and :to""";
            // Registrations of a public event count once they exceed the participants recorded by hand.
            case EVENT_PARTICIPANTS -> """
                    select e.scope_id, e.held_on as first, e.held_on as last,
                           greatest(e.participants, (select count(*) from event_registration r
                                                     where r.event_id = e.id and r.status = 'CONFIRMED')) as value, e.town, 0 as ord
                    from metric_event e join scope s on s.id = e.scope_id
                    where e.held_on between :from and :to""";
            case NETWORK_INITIATIVES -> """
                    select n.scope_id, n.supported_on as first, n.supported_on as last, 1 as value, coalesce(n.town, s.town) as town, 0 as ord
                    from network_initiative n join scope s on s.id = n.scope_id
                    where n.supported_on between :from and :to""";
            case COUNSELLING_LOCATIONS -> """
                    select s.id as scope_id, s.opened_on as first, s.opened_on as last, 1 as value, s.town, 0 as ord from scope s
                    where s.kind = 'COUNSELLING_LOCATION' and s.opened_on between :from and :to
                    union all
                    select s.id, s.closed_on, s.closed_on, 0, s.town, 1 from scope s
                    where s.kind = 'COUNSELLING_LOCATION' and s.closed_on between :from and :to""";
            case COACHING_HOURS -> """
                    select s.id as scope_id, cs.held_on as first, cs.held_on as last, cs.duration_minutes / 60.0 as value, s.town, 0 as ord
                    from coaching_session cs
                    join coaching_assignment a on a.id = cs.assignment_id
                    join scope s on s.organisation_id = a.organisation_id
                    where cs.held_on between :from and :to""";
            // The learning space's anonymous and signed-in daily counts: they belong to no scope, so they appear only in
            // reports not limited to scopes or states.
            case LEARNING_MODULE_VIEWS -> """
                    select cast(null as uuid) as scope_id, day as first, day as last, sum(anonymous_views + signed_in_views) as value,
                           cast(null as text) as town, 0 as ord
                    from learning_module_view_daily where day between :from and :to"""
                    + (unscoped ? "" : " and false") + " group by day";
            // Confirmations (+1) and unsubscriptions (-1) of the newsletter, summed into the count at the end of each day.
            case NEWSLETTER_SUBSCRIBERS -> """
                    select d.scope_id, d.changed_on as first, d.changed_on as last,
                           sum(sum(d.delta)) over (partition by d.scope_id order by d.changed_on) as value, s.town, 0 as ord
                    from newsletter_subscription_change d join scope s on s.id = d.scope_id
                    where d.changed_on <= :to and cast(:from as date) <= :to group by d.scope_id, d.changed_on, s.town""";
            // Published creative portraits belong to no scope either, counted on the day of publication.
            case PORTRAITS_PUBLISHED -> """
                    select cast(null as uuid) as scope_id, cast(p.published_at as date) as first, cast(p.published_at as date) as last,
                           1 as value, p.town, 0 as ord
                    from portrait p where p.status = 'PUBLISHED' and cast(p.published_at as date) between :from and :to"""
                    + (unscoped ? "" : " and false");
        };
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

    /** Whole numbers for what is counted (persons, events, locations…), two decimals otherwise (hours). */
    private static BigDecimal round(Indicator indicator, BigDecimal value) {
        return value.setScale(indicator.countsWholeThings() ? 0 : 2, RoundingMode.HALF_UP);
    }

    /** Baselines and targets of the periods, for the report's scopes, summed per indicator and period end. */
    private Map<String, List<TargetSum>> targets(ScopeFilter scopes, List<ReportingPeriod> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = scopes.bind(em.createQuery("""
                select t.indicatorKey, p.endsOn, sum(t.baseline), sum(t.target) from IndicatorTarget t, ReportingPeriod p
                where p.id = t.periodId and t.periodId in :periods
                  and t.scopeId in (select s.id from MetricScope s where true""" + scopes.condition() + """
                ) group by t.indicatorKey, p.endsOn""", Object[].class), false)
                .setParameter("periods", periods.stream().map(p -> p.id).toList()).getResultList();
        Map<String, List<TargetSum>> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                    .add(new TargetSum((LocalDate) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return sums;
    }

    private List<ReportNarrativeDetail> narratives(ScopeFilter scopes, List<ReportingPeriod> contained, LocalDate from, LocalDate to,
            boolean published) {
        List<UUID> periods = contained.stream().map(p -> p.id).toList();
        String periodCondition = periods.isEmpty() ? "false" : "n.periodId in :periods";
        String rangeCondition = published ? "" : " or (n.startsOn >= :from and n.endsOn <= :to)";
        var query = scopes.bind(em.createQuery("select n from ReportNarrative n where n.scopeId in (select s.id from MetricScope s where true"
                + scopes.condition() + ") and (" + periodCondition + rangeCondition + ")", ReportNarrative.class), false);
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
}
