package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A refused database write answers what happened, never the schema behind it (constraint, table, SQL). */
class ConstraintProblemTest {
    private static final String SQL = "insert into metric_scope (id, organisation_id) values (?, ?)";

    @Test
    void constraintNamesAndSqlStayOutOfTheProblem() {
        for (String state : List.of("23505", "23503", "23514")) {
            ConstraintViolationException violation = new ConstraintViolationException("could not execute statement",
                    new SQLException("ERROR: duplicate key value violates unique constraint \"metric_scope_organisation_key\"", state),
                    SQL, "metric_scope_organisation_key");
            Response response = new PersistenceProblemMappers().constraintViolation(violation);
            HttpProblem problem = (HttpProblem) response.getEntity();
            String detail = problem.getDetail();
            assertEquals(state.equals("23514") ? 400 : 409, response.getStatus());
            for (String internal : List.of("metric_scope", "constraint", "insert", "ConstraintViolation", "org.hibernate")) {
                assertFalse(detail.contains(internal), state + ": " + detail);
            }
        }
    }
}
