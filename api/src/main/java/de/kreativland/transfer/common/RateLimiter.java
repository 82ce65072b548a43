package de.kreativland.transfer.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
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
 * anonymous callers. Over the limit: 429 problem+json with Retry-After. Every API response carries
 * RateLimit-Limit and RateLimit-Remaining. Buckets live in this instance's memory, so with several
 * instances each enforces the limit on its own.
 */
@ApplicationScoped
public class RateLimiter {
    static final String REMAINING = "kl.rate-limit.remaining";
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

    @ServerRequestFilter(preMatching = false)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        ConsumptionProbe probe = bucketOf(clientKey(http)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            request.setProperty(REMAINING, probe.getRemainingTokens());
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return io.quarkiverse.resteasy.problem.HttpProblem.builder()
                .withStatus(429).withTitle("Too Many Requests")
                .withDetail("More than " + requests + " requests in " + period.toSeconds() + " s: try again in " + retryAfter + " s")
                .withHeader("Retry-After", retryAfter)
                .withHeader("RateLimit-Limit", requests)
                .withHeader("RateLimit-Remaining", 0)
                .build().toResponse();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null) {
            response.getHeaders().putSingle("RateLimit-Limit", requests);
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
        }
    }

    private String clientKey(HttpServerRequest http) {
        if (identity.isAnonymous()) {
            return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        }
        Object client = token.getClaim("azp");
        return "client:" + client + ":" + token.getSubject();
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
