package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import java.sql.SQLException;
import org.hibernate.HibernateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Database outcomes that are the client's concern, as problem+json instead of 500. */
@ApplicationScoped
public class PersistenceProblemMappers {
    private static final Logger LOG = Logger.getLogger(PersistenceProblemMappers.class);

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response concurrentUpdate(OptimisticLockException e) {
        return Problems.preconditionFailed().toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response staleState(StaleStateException e) {
        return Problems.preconditionFailed().toResponse();
    }

    /** The constraint's name, SQL and table stay in the log: a client learns what happened, not how the schema looks. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response constraintViolation(ConstraintViolationException e) {
        return constraintProblem(e);
    }

    /** What the mappers above answer for a failure that surfaces at flush or commit. */
    Response problemOf(PersistenceException e) {
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return Problems.preconditionFailed().toResponse();
        }
        if (e instanceof ConstraintViolationException violation) {
            return constraintProblem(violation);
        }
        return databaseFailure(e);
    }

    private static Response constraintProblem(ConstraintViolationException e) {
        LOG.debugf("constraint %s refused a write: %s", e.getConstraintName(), e.getSQLState());
        HttpProblem problem = "23505".equals(e.getSQLState())
                ? Problems.conflict("common.duplicate-entry")
                : "23503".equals(e.getSQLState())
                        ? Problems.conflict("common.dangling-reference")
                        : Problems.of(400, "common.stored-rule-broken");
        return problem.toResponse();
    }

    /** A lost database connection is 503 with Retry-After; any other database failure a 500 without internals. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response persistence(PersistenceException e) {
        return databaseFailure(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response hibernate(HibernateException e) {
        return databaseFailure(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response sql(SQLException e) {
        return databaseFailure(e);
    }

    /** Native queries wrap their SQLException in an IllegalStateException ("organisation query failed"). */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrapped(IllegalStateException e) {
        return databaseFailure(e);
    }

    static Response databaseFailure(Throwable e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return DatabaseUnavailable.response();
        }
        LOG.error("request failed", e);
        return Problems.of(500, "common.request-failed").toResponse();
    }
}
