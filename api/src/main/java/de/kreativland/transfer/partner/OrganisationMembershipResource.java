package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins link Keycloak users to organisations. */
@Path("/organisations/{organisationId}/memberships")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class OrganisationMembershipResource {
    @Inject
    MembershipService memberships;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMembership", summary = "Make a user a member of an organisation (admins only)",
            description = "Links a Keycloak user (by subject) to the organisation; 409 when it is a member already.")
    @Extension(name = ContractMarks.NO_LOCATION, value = "true")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Membership.class)))
    @APIResponse(responseCode = "409", description = "Already a member")
    public Response add(@PathParam("organisationId") UUID organisationId, @Valid @NotNull MembershipInput input,
            @Context UriInfo uri) {
        Membership added = memberships.add(organisationId, input.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(added.subject()).build()).entity(added).build();
    }

    @DELETE
    @Path("/{subject}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeMembership", summary = "End a user's membership (admins only)",
            description = "The user keeps its Keycloak account but no longer acts for the organisation; 404 when it is not a member.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("organisationId") UUID organisationId, @PathParam("subject") @Size(max = 255) String subject) {
        memberships.remove(organisationId, subject);
    }
}
