package de.kreativland.transfer.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer of the API port, errors and 401/403 from the security layer included: browsers
 * never sniff a JSON or CSV answer into something executable nor frame it, and an answer to a request with
 * credentials is never stored by a browser or proxy cache (it may name people and unpublished work).
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String NO_STORE = "no-store";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            boolean withCredentials = context.request().headers().contains(HttpHeaders.AUTHORIZATION);
            context.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = context.response();
                response.putHeader("X-Content-Type-Options", "nosniff");
                response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                response.putHeader("Referrer-Policy", "no-referrer");
                if (withCredentials && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    response.putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
                }
            });
            context.next();
        });
    }
}
