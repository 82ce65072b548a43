package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POST (draft-ietf-httpapi-idempotency-key-header): a client that repeats a POST
 * with the same key (after a timeout, a dropped connection, a 503) gets the first answer again, and the
 * request is applied once. The key is the client's own (token client and subject, or address) and kept for
 * {@value #RETENTION_HOURS} h.
 * <p>
 * How: the request runs in one transaction that this filter begins; it takes a transaction-scoped advisory
 * lock on client and key, the services' {@code @Transactional} methods join it, and the answer is stored in
 * idempotency_key (V41) in that same transaction before it commits. So the item and the stored answer are
 * committed together or not at all: an instance that dies mid-request leaves neither, and the retry runs as
 * the first request. Only 2xx answers are stored; an error is rolled back and the retry runs again.
 * Conflicts: the same key while the first request still runs is 409 with Retry-After; the same key with
 * another method, path, query or body is 422.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int RETENTION_HOURS = 24;
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final String CLAIM = "kl.idempotency.claim";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    @Inject
    TransactionManager transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    RateLimiter clients;

    private record Claim(String client, String key, String fingerprint, Transaction transaction) {
    }

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request, HttpServerRequest http) throws IOException, SystemException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Problems.of(400, "common.idempotency-key-invalid", HEADER).toResponse();
        }
        String client = clients.clientKey(http);
        String fingerprint = fingerprint(request);
        try {
            transactions.begin();
            Connection connection = dataSource.getConnection();
            try (connection) {
                if (!locked(connection, client, key)) {
                    transactions.rollback();
                    return Problems.of(409, HttpProblem.builder().withHeader("Retry-After", 1),
                            "common.idempotency-key-busy", HEADER).toResponse();
                }
                Response stored = stored(connection, client, key, fingerprint);
                if (stored != null) {
                    transactions.rollback();
                    return stored;
                }
            }
            request.setProperty(CLAIM, new Claim(client, key, fingerprint, transactions.getTransaction()));
            return null;
        } catch (Exception e) {
            rollbackQuietly();
            return PersistenceProblemMappers.databaseFailure(e);
        }
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        Claim claim = (Claim) request.getProperty(CLAIM);
        if (claim == null) {
            return;
        }
        request.removeProperty(CLAIM);
        try {
            if (transactions.getTransaction() == null) {
                transactions.resume(claim.transaction());
            }
            boolean success = response.getStatus() >= 200 && response.getStatus() < 300;
            if (!success || transactions.getStatus() != Status.STATUS_ACTIVE) {
                transactions.rollback();
                if (success) {
                    replace(response, Problems.of(500, "common.request-failed").toResponse());
                }
                return;
            }
            entityManager.flush();
            store(claim, response);
            transactions.commit();
        } catch (PersistenceException e) {
            rollbackQuietly();
            replace(response, new PersistenceProblemMappers().problemOf(e));
        } catch (Exception e) {
            rollbackQuietly();
            replace(response, PersistenceProblemMappers.databaseFailure(e));
        }
    }

    private static boolean locked(Connection connection, String client, String key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(? || ' ' || ?, 41))")) {
            lock.setString(1, client);
            lock.setString(2, key);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The stored answer to this key, 422 when the key named another request, null when there is none. */
    private static Response stored(Connection connection, String client, String key, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select fingerprint, status, content_type, location, etag, body from idempotency_key
                where client = ? and key = ? and created_at > now() - make_interval(hours => ?)""")) {
            select.setString(1, client);
            select.setString(2, key);
            select.setInt(3, RETENTION_HOURS);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (!fingerprint.equals(row.getString(1))) {
                    return Problems.of(422, "common.idempotency-key-reused", HEADER, key).toResponse();
                }
                Response.ResponseBuilder replay = Response.status(row.getInt(2)).header(REPLAYED, "true");
                if (row.getString(4) != null) {
                    replay.header(HttpHeaders.LOCATION, row.getString(4));
                }
                if (row.getString(5) != null) {
                    replay.header(HttpHeaders.ETAG, row.getString(5));
                }
                if (row.getString(6) != null) {
                    replay.entity(row.getString(6)).type(row.getString(3));
                }
                return replay.build();
            }
        }
    }

    private void store(Claim claim, ContainerResponseContext response) throws SQLException, JsonProcessingException {
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        String body = null;
        if (entity instanceof String text) {
            body = text;
        } else if (entity != null && type != null && type.getSubtype().endsWith("json")) {
            body = json.writeValueAsString(entity);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into idempotency_key (client, key, fingerprint, status, content_type, location, etag, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client, key) do update set fingerprint = excluded.fingerprint, status = excluded.status,
                            content_type = excluded.content_type, location = excluded.location, etag = excluded.etag,
                            body = excluded.body, created_at = now()""")) {
            insert.setString(1, claim.client());
            insert.setString(2, claim.key());
            insert.setString(3, claim.fingerprint());
            insert.setInt(4, response.getStatus());
            insert.setString(5, body == null || type == null ? null : type.toString());
            insert.setString(6, header(response, HttpHeaders.LOCATION));
            insert.setString(7, header(response, HttpHeaders.ETAG));
            insert.setString(8, body);
            insert.executeUpdate();
        }
        if (Math.floorMod(claim.key().hashCode(), 100) == 0) {
            removeExpired();
        }
    }

    private void removeExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from idempotency_key where ctid in (select ctid from idempotency_key
                        where created_at < now() - make_interval(hours => ?) limit 1000)""")) {
            delete.setInt(1, RETENTION_HOURS);
            delete.executeUpdate();
        }
    }

    private static String header(ContainerResponseContext response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }

    private static String fingerprint(ContainerRequestContext request) throws IOException {
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                    + request.getUriInfo().getRequestUri().getRawQuery() + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replace(ContainerResponseContext response, Response with) {
        response.setStatus(with.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        with.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(with.getEntity(), null, MediaType.valueOf("application/problem+json"));
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.debugf("rollback after a failed idempotent request: %s", e.getMessage());
        }
    }
}
