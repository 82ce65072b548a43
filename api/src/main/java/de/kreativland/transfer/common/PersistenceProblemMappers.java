package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
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
        LOG.debugf("constraint %s refused a write: %s", e.getConstraintName(), e.getSQLState());
        HttpProblem problem = "23505".equals(e.getSQLState())
                ? Problems.conflict("This conflicts with existing data: such an entry exists already")
                : "23503".equals(e.getSQLState())
                        ? Problems.conflict("This refers to an entry that does not exist, or is still referred to by other entries")
                        : HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                                .withDetail("The data breaks a rule of the stored records").build();
        return problem.toResponse();
    }
}
