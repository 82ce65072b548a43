package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Database outcomes that are the client's concern, as problem+json instead of 500. */
@ApplicationScoped
public class PersistenceProblemMappers {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response concurrentUpdate(OptimisticLockException e) {
        return Problems.preconditionFailed().toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response staleState(StaleStateException e) {
        return Problems.preconditionFailed().toResponse();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response constraintViolation(ConstraintViolationException e) {
        String constraint = e.getConstraintName() == null ? "a database rule" : e.getConstraintName();
        HttpProblem problem = "23505".equals(e.getSQLState())
                ? Problems.conflict("This conflicts with existing data (" + constraint + ")")
                : HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                        .withDetail("The data breaks " + constraint).build();
        return problem.toResponse();
    }
}
