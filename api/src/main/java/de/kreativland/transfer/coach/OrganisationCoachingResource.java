package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Its own root path, so that it does not compete with the organisation slice's resource for /organisations. */
@Path("/organisations/{id}/coaching")
@Tag(name = "Coaches")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationCoachingResource {
    @Inject
    CoachingService coaching;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getOrganisationCoaching", summary = "Coaching hours of an organisation per topic",
            description = "Budget, used and remaining hours per topic, summed over the organisation's assignments. "
                    + "For staff, the coaches assigned to the organisation and its members.")
    @APIResponse(responseCode = "200", description = "Hours per topic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationCoaching.class)))
    @APIResponse(responseCode = "404", description = "No such organisation, or its coaching is not visible to the caller")
    public OrganisationCoaching get(@PathParam("id") UUID id) {
        return coaching.coachingOf(id);
    }
}
