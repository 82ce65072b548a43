package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.partner.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Scopes: staff and advisors read (advisors within their states); coordinators create. */
@ApplicationScoped
public class MetricScopeService {
    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    ReportingPeriodService periods;

    @Inject
    AuditLog audit;

    public Page<MetricScopeDetail> list(GermanState state, ScopeKind kind, PageParams paging) {
        Lists.Slice<MetricScope> slice = scopes(state, kind).page(em, "e.state, e.kind, e.name, e.id", paging);
        return new Page<>(slice.items().stream().map(MetricScopeDetail::of).toList(), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total()));
    }

    /** The scopes with these ids that the caller may see and that match the list's filters. */
    public List<MetricScopeDetail> byIds(GermanState state, ScopeKind kind, Collection<String> ids) {
        return scopes(state, kind).onlyIds(ids).all(em).stream().map(MetricScopeDetail::of).toList();
    }

    private Lists<MetricScope> scopes(GermanState state, ScopeKind kind) {
        Lists<MetricScope> list = Lists.of(MetricScope.class).where("e.state = :state", "state", state).where("e.kind = :kind", "kind", kind);
        List<GermanState> limit = access.limitStates();
        if (!limit.isEmpty()) {
            list.where("e.state in :limitStates", "limitStates", limit);
        }
        return list;
    }

    public MetricScopeDetail get(UUID id) {
        return MetricScopeDetail.of(access.readableScope(id));
    }

    @Transactional
    public MetricScopeDetail create(MetricScopeInput input) {
        if (input.kind() == ScopeKind.ORGANISATION) {
            if (input.organisationId() == null) {
                throw Problems.invalidField("organisationId", "metrics.organisation-required");
            }
            if (em.find(Organisation.class, input.organisationId()) == null) {
                throw Problems.invalidField("organisationId", "coaching.no-organisation", input.organisationId());
            }
            if (!em.createQuery("select s.id from MetricScope s where s.organisationId = :o", UUID.class)
                    .setParameter("o", input.organisationId()).getResultList().isEmpty()) {
                throw Problems.conflict("metrics.scope-exists");
            }
        } else if (input.organisationId() != null) {
            throw Problems.invalidField("organisationId", "metrics.organisation-only-for-organisation-scope");
        }
        if (input.kind() == ScopeKind.COUNSELLING_LOCATION) {
            if (input.town() == null || input.town().isBlank()) {
                throw Problems.invalidField("town", "metrics.town-required");
            }
            if (input.openedOn() == null) {
                throw Problems.invalidField("openedOn", "metrics.opened-on-required");
            }
        }
        if (input.closedOn() != null && input.openedOn() != null && !input.closedOn().isAfter(input.openedOn())) {
            throw Problems.invalidField("closedOn", "metrics.closed-before-opened");
        }
        if (input.kind() == ScopeKind.ORGANISATION) {
            // the organisation's coaching sessions count (as coaching hours) in every period once it has a scope
            Object[] sessions = (Object[]) em.createNativeQuery("select min(cs.held_on), max(cs.held_on) from coaching_session cs"
                    + " join coaching_assignment a on a.id = cs.assignment_id where a.organisation_id = ?1")
                    .setParameter(1, input.organisationId()).getSingleResult();
            if (sessions[0] != null) {
                periods.requireWritable(java.time.LocalDate.parse(sessions[0].toString()), java.time.LocalDate.parse(sessions[1].toString()), false);
            }
        }
        if (input.kind() == ScopeKind.COUNSELLING_LOCATION) {
            periods.requireWritable(input.openedOn(), input.closedOn() == null ? input.openedOn() : input.closedOn(), false);
        }
        MetricScope scope = new MetricScope();
        scope.id = UUID.randomUUID();
        scope.kind = input.kind();
        scope.name = input.name().strip();
        scope.town = input.town() == null ? null : input.town().strip();
        scope.state = input.state();
        scope.organisationId = input.organisationId();
        scope.openedOn = input.openedOn();
        scope.closedOn = input.closedOn();
        em.persist(scope);
        em.flush();
        audit.record("metric_scope", scope.id, "create", Map.of("kind", scope.kind, "name", scope.name, "state", scope.state));
        return MetricScopeDetail.of(scope);
    }

    /** Saves name, town, position and archive flag over the version read (If-Match); the audit log keeps before and after. */
    @Transactional
    public MetricScopeDetail update(UUID id, String ifMatch, MetricScopeUpdateInput input) {
        MetricScope scope = access.readableScope(id);
        ETags.requireMatch(ifMatch, scope.version);
        if ((input.latitude() == null) != (input.longitude() == null)) {
            throw Problems.invalidField(input.latitude() == null ? "latitude" : "longitude", "metrics.position-incomplete");
        }
        if (scope.kind == ScopeKind.COUNSELLING_LOCATION && (input.town() == null || input.town().isBlank())) {
            throw Problems.invalidField("town", "metrics.town-required");
        }
        Map<String, Object> before = snapshot(scope);
        scope.name = input.name().strip();
        scope.town = input.town() == null ? null : input.town().strip();
        scope.latitude = input.latitude() == null ? null : input.latitude().setScale(5, RoundingMode.HALF_UP);
        scope.longitude = input.longitude() == null ? null : input.longitude().setScale(5, RoundingMode.HALF_UP);
        if (input.archived() != null) {
            scope.archived = input.archived();
        }
        em.flush();
        audit.record("metric_scope", id, input.archived() != null && input.archived() != (Boolean) before.get("archived")
                ? (input.archived() ? "archive" : "restore") : "update", Map.of("before", before, "after", snapshot(scope)));
        return MetricScopeDetail.of(scope);
    }

    private static Map<String, Object> snapshot(MetricScope scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", scope.name);
        values.put("town", scope.town);
        values.put("latitude", scope.latitude);
        values.put("longitude", scope.longitude);
        values.put("archived", scope.archived);
        return values;
    }
}
