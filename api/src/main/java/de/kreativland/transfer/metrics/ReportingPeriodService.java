package de.kreativland.transfer.metrics;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.WritablePeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reporting periods and what their status allows. A figure belongs to every period its dates
 * overlap. While a period is OPEN its figures may change; once SUBMITTED or APPROVED only an
 * admin may change them; once LOCKED nothing changes except an admin's correction with a reason.
 */
@ApplicationScoped
public class ReportingPeriodService implements WritablePeriods {
    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** The rule's name in problem details, so clients and people can look it up. */
    public static final String FOUR_EYES = "four-eyes";

    private ReportingPeriodDetail detail(ReportingPeriod period) {
        return ReportingPeriodDetail.of(period, user.isAnonymous() ? null : user.actor());
    }

    public Page<ReportingPeriodDetail> list(PeriodStatus status, PageParams paging) {
        Lists.Slice<ReportingPeriod> slice = periods(status).page(em, "e.startsOn desc, e.id", paging);
        return new Page<>(slice.items().stream().map(this::detail).toList(), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total()));
    }

    /** The periods with these ids that match the list's filter. */
    public List<ReportingPeriodDetail> byIds(PeriodStatus status, Collection<String> ids) {
        return periods(status).onlyIds(ids).all(em).stream().map(this::detail).toList();
    }

    private static Lists<ReportingPeriod> periods(PeriodStatus status) {
        return Lists.of(ReportingPeriod.class).where("e.status = :status", "status", status);
    }

    public ReportingPeriodDetail get(UUID id) {
        return detail(find(id));
    }

    ReportingPeriod find(UUID id) {
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw Problems.notFound("thing.reporting-period", id);
        }
        return period;
    }

    @Transactional
    public ReportingPeriodDetail create(ReportingPeriodInput input) {
        if (input.endsOn().isBefore(input.startsOn())) {
            throw Problems.invalidField("endsOn", "metrics.ends-before-starts");
        }
        ReportingPeriod period = new ReportingPeriod();
        period.id = UUID.randomUUID();
        period.name = input.name().strip();
        period.startsOn = input.startsOn();
        period.endsOn = input.endsOn();
        period.status = PeriodStatus.OPEN;
        em.persist(period);
        em.flush();
        audit.record("reporting_period", period.id, "create", Map.of("name", period.name, "startsOn", period.startsOn.toString(),
                "endsOn", period.endsOn.toString()));
        return detail(period);
    }

    @Transactional
    public ReportingPeriodDetail transition(UUID id, String ifMatch, PeriodTransitionInput input) {
        ReportingPeriod period = find(id);
        ETags.requireMatch(ifMatch, period.version);
        PeriodStatus from = period.status;
        from.requireStep(input.to());
        if (input.to() == PeriodStatus.APPROVED && user.actor().equals(period.submittedBy)) {
            throw Problems.fourEyes("metrics.period-submitted-by-you", period.name);
        }
        period.submittedBy = switch (input.to()) {
            case SUBMITTED -> user.actor();
            case OPEN -> null;
            default -> period.submittedBy;
        };
        period.status = input.to();
        em.flush();
        audit.record("reporting_period", period.id, "transition", Map.of("from", from, "to", period.status));
        return detail(period);
    }

    /**
     * Refuses (409) a new or changed figure dated from..to when a period it overlaps is not OPEN:
     * SUBMITTED and APPROVED periods take only an admin's changes, LOCKED ones only an admin's
     * correction of an existing value.
     */
    @Override
    public void requireWritable(LocalDate from, LocalDate to, boolean correction) {
        List<ReportingPeriod> closed = em.createQuery("""
                select p from ReportingPeriod p
                where p.status <> :open and p.startsOn <= :to and p.endsOn >= :from
                order by p.startsOn""", ReportingPeriod.class)
                .setParameter("open", PeriodStatus.OPEN).setParameter("from", from).setParameter("to", to).getResultList();
        for (ReportingPeriod period : closed) {
            if (period.status == PeriodStatus.LOCKED && !(correction && access.isAdmin())) {
                throw Problems.conflict("metrics.period-locked", period.name, period.startsOn, period.endsOn, period.status);
            }
            if (period.status != PeriodStatus.LOCKED && !access.isAdmin()) {
                throw Problems.conflict("metrics.period-admin-only", period.name, period.startsOn, period.endsOn, period.status);
            }
        }
    }
}
