package de.kreativland.transfer.events;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Staff mark an event of the outreach figures public, describe it and give it a capacity. */
@Path("/event-publications/{eventId}")
@Tag(name = "Events calendar")
@Produces(MediaType.APPLICATION_JSON)
public class EventPublicationResource {
    @Inject
    PublicEventService events;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "getEventPublication", summary = "How an event shows on the public calendar",
            description = "Coordinators and admins. An event never published answers isPublic false and version 0.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The publication")
    public RestResponse<EventPublication> get(@PathParam("eventId") UUID eventId) {
        return VersionedResponses.ok(events.publication(eventId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveEventPublication", summary = "Publish an event or change its public details",
            description = "Coordinators and admins. Needs If-Match (428 without it, 412 when stale). Raising the capacity moves people up from the waiting list.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<EventPublication> save(@PathParam("eventId") UUID eventId,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull EventPublicationInput input) {
        return VersionedResponses.ok(events.publish(eventId, ifMatch, input));
    }
}
