package de.kreativland.transfer.common;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A token bucket per client (Bucket4j): the token's client and subject, or the remote address for
 * anonymous callers. It runs before matching and before the role checks, so every API response
 * carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, 401 and 403 included. Over the
 * limit: 429 problem+json with Retry-After. A request whose token failed verification never reaches
 * the filter; it is counted against its address when the 401 goes out.
 * <p>
 * The buckets live in PostgreSQL (Bucket4j's PostgreSQL backend, table rate_limit_bucket of V40, one row
 * locked per request), so every instance behind a load balancer enforces one limit per client and a restart
 * resets nothing. The key names the configuration, so instances with another limit never share a bucket.
 * Behind a reverse proxy the address is the forwarded one only when Quarkus trusts that proxy
 * (quarkus.http.proxy.*, see README "Production"); otherwise the proxy's own address. While the database
 * cannot be reached the API answers 503, as every request would fail anyway.
 */
@ApplicationScoped
public class RateLimiter {
    /** Upper bounds of the configuration, so that the contract can state the headers' ranges. */
    public static final long MAX_REQUESTS = 1_000_000;
    public static final Duration MAX_PERIOD = Duration.ofDays(1);

    static final String PROBE = "kl.rate-limit.probe";
    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final int CLEANUP_BATCH = 1000;
    private static final String UNAVAILABLE = "kl.rate-limit.unavailable";

    @ConfigProperty(name = "kl.rate-limit.requests", defaultValue = "600")
    long requests;

    @ConfigProperty(name = "kl.rate-limit.period", defaultValue = "PT1M")
    Duration period;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AgroalDataSource dataSource;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private BucketConfiguration configuration;
    private String configurationKey;
    private ScheduledExecutorService cleaner;

    void start(@Observes StartupEvent startup) {
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalStateException("kl.rate-limit.requests must be between 1 and " + MAX_REQUESTS + ", is " + requests);
        }
        if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(MAX_PERIOD) > 0) {
            throw new IllegalStateException("kl.rate-limit.period must be between PT1S and " + MAX_PERIOD + ", is " + period);
        }
        configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillIntervally(requests, period).build())
                .build();
        configurationKey = requests + "/" + period.toSeconds() + "s|";
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (cleaner != null) {
            cleaner.shutdownNow();
        }
    }

    private void removeExpired() {
        try {
            while (buckets.removeExpired(CLEANUP_BATCH) == CLEANUP_BATCH) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.debugf("expired rate-limit buckets not removed this time: %s", e.getMessage());
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        ConsumptionProbe probe = consume(clientKey(http));
        if (probe == null) {
            request.setProperty(UNAVAILABLE, Boolean.TRUE);
            return DatabaseUnavailable.response();
        }
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return Problems.of(429, io.quarkiverse.resteasy.problem.HttpProblem.builder().withHeader("Retry-After", retryAfter),
                "common.rate-limited", requests, period.toSeconds(), retryAfter).toResponse();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        ConsumptionProbe probe = (ConsumptionProbe) request.getProperty(PROBE);
        if (probe == null && request.getProperty(UNAVAILABLE) == null) {
            // Authentication failed before the request filter: count it against the caller's address.
            probe = consume(addressKey(http));
        }
        if (probe == null) {
            // Not counted, as the database is down: the full limit, nothing promised beyond it.
            response.getHeaders().putSingle(LIMIT, requests);
            response.getHeaders().putSingle(REMAINING, 0);
            response.getHeaders().putSingle(RESET, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            return;
        }
        response.getHeaders().putSingle(LIMIT, requests);
        response.getHeaders().putSingle(REMAINING, probe.getRemainingTokens());
        response.getHeaders().putSingle(RESET, secondsUntilFull(probe));
    }

    /** Seconds until the bucket is full again (the next refill, as it refills all at once). */
    private long secondsUntilFull(ConsumptionProbe probe) {
        long nanos = probe.getNanosToWaitForReset();
        return nanos <= 0 ? 0 : Math.min(period.toSeconds(), (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** The client a request counts against: token client and subject, or the (trusted-forwarded) address. */
    String clientKey(HttpServerRequest http) {
        if (identity.isAnonymous()) {
            return addressKey(http);
        }
        Object client = token.getClaim("azp");
        return "client:" + client + ":" + token.getSubject();
    }

    private static String addressKey(HttpServerRequest http) {
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    /** One token of the client's shared bucket; null when the database cannot be reached. */
    private ConsumptionProbe consume(String client) {
        try {
            return buckets.getProxy(configurationKey + client, () -> configuration).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                LOG.warnf("rate limit not checked, database unavailable: %s", e.getMessage());
                return null;
            }
            throw e;
        }
    }
}
