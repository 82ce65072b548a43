package de.kreativland.transfer.metrics;

import de.kreativland.transfer.sync.Audience;
import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Who sees which figures. Staff see everything; advisors everything non-personal, limited to the
 * states of their token when it names any; everybody else (anonymous callers, integrations,
 * partners, coaches) only the published report: public indicators, figures of LOCKED periods.
 */
@RequestScoped
public class MetricsAccess {
    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    /** Staff or advisor: every indicator and figure, not only published ones. */
    public boolean fullView() {
        return !user.isAnonymous() && (user.isStaff() || user.hasRole(Roles.ADVISOR));
    }

    /** States the caller's token limits it to, for every role and client; empty means no limit. */
    public List<GermanState> limitStates() {
        return user.stateLimit();
    }

    /** Who reads a metrics feed: advisors and staff every row of their states, others what the public report shows. */
    public Audience feedAudience() {
        return fullView() ? Audience.everything(limitStates()) : new Audience(Audience.PUBLIC_ONLY.tags(), limitStates());
    }

    public boolean visible(GermanState state) {
        List<GermanState> limit = limitStates();
        return limit.isEmpty() || limit.contains(state);
    }

    /** The scope if the caller may see it; 404 otherwise, so ids reveal nothing. */
    public MetricScope readableScope(UUID id) {
        MetricScope scope = id == null ? null : em.find(MetricScope.class, id);
        if (scope == null || !visible(scope.state)) {
            throw Problems.notFound("thing.scope", id);
        }
        return scope;
    }

    /** A scope named in a request body: 400 naming the field when it does not exist or lies outside the caller's states. */
    public MetricScope scopeField(String field, UUID id) {
        MetricScope scope = em.find(MetricScope.class, id);
        if (scope == null || !visible(scope.state)) {
            throw Problems.invalidField(field, "metrics.no-scope", id);
        }
        return scope;
    }

    public boolean isAdmin() {
        return user.hasRole(Roles.ADMIN);
    }

    public String actor() {
        return user.actor();
    }
}
