package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A POST repeated with the same Idempotency-Key is applied once and answers as the first time (common/Idempotency). */
@QuarkusTest
class IdempotentCreateTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private static Response create(String key, Map<String, Object> body) {
        return api(TestTokens.coordinator()).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/organisations");
    }

    private long organisationsNamed(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from organisation where name = ?")) {
            count.setString(1, name);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aRetriedPostCreatesOneOrganisationAndGetsTheSameAnswer() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.input("Idempotenz", "SN", null);
        Response first = create(key, body).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().response();
        Response retry = create(key, body).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .contentType("application/json").extract().response();

        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getMap("$"), retry.jsonPath().getMap("$"));
        assertEquals(1, organisationsNamed((String) body.get("name")));

        // Without the key, the same body is a new request: a second organisation.
        api(TestTokens.coordinator()).contentType("application/json").body(body).when().post("/api/v1/organisations")
                .then().statusCode(201);
        assertEquals(2, organisationsNamed((String) body.get("name")));
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndChangesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        create(key, Organisations.input("Erster Antrag", "SN", null)).then().statusCode(201);
        Map<String, Object> other = Organisations.input("Zweiter Antrag", "SN", null);
        create(key, other).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
        assertEquals(0, organisationsNamed((String) other.get("name")));
    }

    @Test
    void keysBelongToTheirClient() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.input("Zwei Clients", "SN", null);
        create(key, body).then().statusCode(201);
        api(TestTokens.admin()).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/organisations").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(2, organisationsNamed((String) body.get("name")));
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsRetryRunsAgain() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.input("Erst ungültig", "SN", null);
        body.put("postalCode", "1234");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post("/api/v1/organisations").then().statusCode(400);
        body.put("postalCode", "09456");
        create(key, body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(1, organisationsNamed((String) body.get("name")));
    }

    @Test
    void theSameKeyWhileTheFirstRequestStillRunsIs409WithRetryAfter() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.input("Noch in Arbeit", "SN", null);
        // Another instance working on this client's key holds its lock (as Idempotency takes it).
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(hashtextextended(? || ' ' || ?, 41))")) {
            lock.setString(1, "client:null:" + TestTokens.COORDINATOR);
            lock.setString(2, key);
            lock.execute();
            try {
                create(key, body).then().statusCode(409).contentType("application/problem+json").header("Retry-After", notNullValue());
            } finally {
                try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
        }
        assertEquals(0, organisationsNamed((String) body.get("name")));
        create(key, body).then().statusCode(201);
        assertEquals(1, organisationsNamed((String) body.get("name")));
    }

    @Test
    void anInvalidKeyIs400() {
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).header("Idempotency-Key", "")
                .contentType("application/json").body(Organisations.input("Leer", "SN", null))
                .when().post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json");
    }
}
