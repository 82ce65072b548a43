package de.kreativland.transfer.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser origins the API answers with Access-Control-Allow-Origin (KL_CORS_ORIGINS). Each must be
 * an explicit origin (scheme, host, port), never * or a pattern, so that the contract can say what the
 * header holds; the API refuses to start otherwise.
 */
@ApplicationScoped
public class CorsOrigins {
    /** "https://" + a DNS name of at most 253 characters + ":65535". */
    public static final int MAX_LENGTH = 8 + 253 + 6;
    public static final String PATTERN = "^https?://[^/\\s*]+$";

    @ConfigProperty(name = "quarkus.http.cors.origins")
    List<String> origins;

    void check(@Observes StartupEvent startup) {
        for (String origin : origins) {
            if (origin.length() > MAX_LENGTH || !origin.matches(PATTERN)) {
                throw new IllegalStateException("KL_CORS_ORIGINS: '" + origin + "' is not an origin like https://app.example.org");
            }
        }
    }
}
