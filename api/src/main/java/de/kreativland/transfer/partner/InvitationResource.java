package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Invitation links into organisations: admins create and revoke them, the invited person redeems one. */
@Path("/membership-invitations")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class InvitationResource {
    @Inject
    InvitationService invitations;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listInvitations", summary = "Invitations into organisations, newest first (admins only)")
    public Page<Invitation> list(@BeanParam Paging.Standard pageQuery,
            @QueryParam("organisationId") @Parameter(description = "Only this organisation's invitations") UUID organisationId) {
        PageParams paging = pageQuery.params();
        return invitations.list(paging, organisationId);
    }

    @GET
    @Path("/{invitationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getInvitation", summary = "One invitation with its ETag (admins only)")
    @APIResponse(responseCode = "200", description = "The invitation")
    public RestResponse<Invitation> get(@PathParam("invitationId") UUID invitationId) {
        return VersionedResponses.ok(invitations.get(invitationId));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInvitation", summary = "Invite somebody into an organisation (admins only)",
            description = "Answers with the invitation and its code; the link /invitations/{code} in the web client redeems it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Invitation.class)))
    public RestResponse<Invitation> create(@Valid @NotNull InvitationInput input, @Context UriInfo uri) {
        var created = invitations.create(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @DELETE
    @Path("/{invitationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeInvitation", summary = "Revoke an open invitation (admins only, If-Match)",
            description = "The link stops working; 409 when it was redeemed or revoked already.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "409", description = "No longer open")
    public void revoke(@PathParam("invitationId") UUID invitationId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        invitations.revoke(invitationId, ifMatch);
    }

    @POST
    @Path("/redemptions")
    @RolesAllowed({Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemInvitation", summary = "Redeem an invitation: the signed-in person joins the organisation",
            description = "Partners and coaches holding the invited role. 404 for an unknown code, 403 without the invited role, "
                    + "409 when the invitation was used, revoked or has expired, or the person is a member already.")
    @APIResponse(responseCode = "201", description = "Now a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Membership.class)))
    @APIResponse(responseCode = "404", description = "No invitation with this code")
    @APIResponse(responseCode = "409", description = "Used, revoked, expired, or a member already")
    public Response redeem(@Valid @NotNull InvitationRedemption input, @Context UriInfo uri) {
        Membership membership = invitations.redeem(input.code());
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(membership.organisation().id().toString())
                .path("memberships").path(membership.subject()).build()).entity(membership).build();
    }
}
