package de.kreativland.transfer.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A token bucket per client (Bucket4j): the token's client and subject, or the remote address for
 * anonymous callers. It runs before matching and before the role checks, so every API response
 * carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, 401 and 403 included. Over the
 * limit: 429 problem+json with Retry-After. A request whose token failed verification never reaches
 * the filter; it is counted against its address when the 401 goes out. Buckets live in this
 * instance's memory, so with several instances each enforces the limit on its own.
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
    private static final int MAX_CLIENTS = 100_000;

    @ConfigProperty(name = "kl.rate-limit.requests", defaultValue = "600")
    long requests;

    @ConfigProperty(name = "kl.rate-limit.period", defaultValue = "PT1M")
    Duration period;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    void checkConfiguration(@Observes StartupEvent startup) {
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalStateException("kl.rate-limit.requests must be between 1 and " + MAX_REQUESTS + ", is " + requests);
        }
        if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(MAX_PERIOD) > 0) {
            throw new IllegalStateException("kl.rate-limit.period must be between PT1S and " + MAX_PERIOD + ", is " + period);
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        ConsumptionProbe probe = bucketOf(clientKey(http)).tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return io.quarkiverse.resteasy.problem.HttpProblem.builder()
                .withStatus(429).withTitle("Too Many Requests")
                .withDetail("More than " + requests + " requests in " + period.toSeconds() + " s: try again in " + retryAfter + " s")
                .withHeader("Retry-After", retryAfter)
                .build().toResponse();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        ConsumptionProbe probe = (ConsumptionProbe) request.getProperty(PROBE);
        if (probe == null) {
            // Authentication failed before the request filter: count it against the caller's address.
            probe = bucketOf(addressKey(http)).tryConsumeAndReturnRemaining(1);
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

    private String clientKey(HttpServerRequest http) {
        if (identity.isAnonymous()) {
            return addressKey(http);
        }
        Object client = token.getClaim("azp");
        return "client:" + client + ":" + token.getSubject();
    }

    private static String addressKey(HttpServerRequest http) {
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private Bucket bucketOf(String key) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillIntervally(requests, period).build())
                .build());
    }
}
