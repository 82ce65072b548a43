package de.kreativland.transfer.security.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OWASP API7:2023 Server Side Request Forgery: the API fetches no URL it is given. URLs people enter (an organisation's
 * website, links in Markdown) are stored and rendered as text or links, never requested by the server; its only
 * outbound connections are PostgreSQL and Keycloak's keys, both from configuration. This test fails when code that
 * makes HTTP requests appears, so that such code comes with an allow-list and tests of its own.
 */
class Api7ServerSideRequestForgeryTest {
    private static final List<String> OUTBOUND = List.of("java.net.http.HttpClient", "HttpURLConnection", ".openConnection(", ".openStream(",
            "org.eclipse.microprofile.rest.client", "io.vertx.ext.web.client", "jakarta.ws.rs.client.ClientBuilder", "new URL(", "URI.create(");

    @Test
    void noProductionCodeRequestsAUrl() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    String code = Files.readString(f);
                    return OUTBOUND.stream().filter(code::contains).map(call -> f.getFileName() + ": " + call);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), found);
        }
    }
}
