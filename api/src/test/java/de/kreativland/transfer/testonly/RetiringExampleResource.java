package de.kreativland.transfer.testonly;

import de.kreativland.transfer.common.Retiring;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: an operation on its way out beside its successor. The package is left out of the
 * OpenAPI scan in the test profile (so the served contract equals openapi.yaml) except in
 * RetiringTest's profile.
 */
@Path("/retiring-example")
@PermitAll
public class RetiringExampleResource {
    public record Greeting(String text) {
    }

    @GET
    @Path("/greeting")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGreetingV0", summary = "The old greeting", description = "Says hello.")
    @Retiring(deprecatedOn = "2026-01-15", sunsetOn = "2026-07-15", successor = "/api/v1/retiring-example/greetings/en",
            info = "https://kreativland.example/api-changes#greeting")
    public Greeting greeting() {
        return new Greeting("hello");
    }

    @GET
    @Path("/greeting/{language}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGreetingInV0", summary = "The old greeting in a language")
    @Retiring(deprecatedOn = "2026-01-15", sunsetOn = "2026-12-31", successor = "/api/v1/retiring-example/greetings/{language}")
    public Greeting greetingIn(@PathParam("language") String language) {
        if (!"en".equals(language)) {
            throw new NotFoundException("no greeting in " + language);
        }
        return new Greeting("hello");
    }

    @GET
    @Path("/greetings/{language}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGreeting", summary = "The greeting in a language")
    public Greeting current(@PathParam("language") String language) {
        return greetingIn(language);
    }
}
