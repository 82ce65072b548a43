package de.kreativland.transfer.events;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A registration reached by its cancel token (the link a confirmation would carry). */
@Path("/event-registrations/{code}")
@Tag(name = "Events calendar")
@Produces(MediaType.APPLICATION_JSON)
public class EventRegistrationResource {
    static final String TOKEN = "^[A-Za-z0-9_-]{43}$";

    @Inject
    PublicEventService events;

    @GET
    @PermitAll
    @Operation(operationId = "getEventRegistration", summary = "A registration by its cancel token", description = "Anyone holding the token; 404 for an unknown token.")
    @APIResponse(responseCode = "200", description = "The registration")
    public Registration get(@PathParam("code") @Size(max = 43) @Pattern(regexp = TOKEN)
            @Parameter(description = "The cancel token from the registration", schema = @Schema(type = SchemaType.STRING, maxLength = 43, pattern = TOKEN)) String token) {
        return events.byToken(token);
    }

    @POST
    @Path("/cancellation")
    @PermitAll
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel a registration",
            description = "Anyone holding the token. A confirmed place goes to the first on the waiting list. 409 when already cancelled.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public Registration cancel(@PathParam("code") @Size(max = 43) @Pattern(regexp = TOKEN)
            @Parameter(description = "The cancel token from the registration", schema = @Schema(type = SchemaType.STRING, maxLength = 43, pattern = TOKEN)) String token) {
        return events.cancel(token);
    }
}
