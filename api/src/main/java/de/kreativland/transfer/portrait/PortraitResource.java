package de.kreativland.transfer.portrait;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.partner.Submarket;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Creative portraits (#flächenglühen): public list, search, page and feed; drafting and publishing for staff. */
@Path("/portraits")
@Tag(name = "Portraits")
public class PortraitResource {
    static final String ATOM = "application/atom+xml";

    @Inject
    PortraitService portraits;

    @Inject
    PortraitFeed feed;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPortraits", summary = "Search and list creative portraits",
            description = "German full-text search over title, teaser, interview and transcript (any inflection), ranked by relevance "
                    + "with a highlighted snippet; otherwise newest first. Anyone sees published portraits; coordinators and admins also drafts.")
    @APIResponse(responseCode = "200", description = "One page of portraits")
    public Page<PortraitSummary> list(
            @QueryParam("q") @Parameter(description = "Search terms (websearch syntax)", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @Size(max = 200) String q,
            @QueryParam("state") @Parameter(description = "Only portraits from this state", schema = @Schema(implementation = GermanState.class)) String state,
            @QueryParam("submarket") @Parameter(description = "Only portraits of this submarket", schema = @Schema(implementation = Submarket.class)) String submarket,
            @QueryParam("tag") @Parameter(description = "Only portraits with this tag (with or without #)", schema = @Schema(type = SchemaType.STRING, maxLength = 50)) @Size(max = 50) String tag,
            @QueryParam("organisationId") @Parameter(description = "Only portraits of this organisation", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String organisationId,
            @QueryParam("status") @Parameter(description = "Only portraits in this status (drafts only for those who may read them)", schema = @Schema(implementation = PortraitStatus.class)) String status,
            @BeanParam Paging.Standard pageQuery) {
        PortraitService.Filter filter = new PortraitService.Filter(q, QueryParams.enumValue("state", state, GermanState.class),
                QueryParams.enumValue("submarket", submarket, Submarket.class), tag == null || tag.isBlank() ? null : tag,
                QueryParams.uuid("organisationId", organisationId), QueryParams.enumValue("status", status, PortraitStatus.class));
        return portraits.list(filter, pageQuery.params());
    }

    @GET
    @Path("/feed.atom")
    @PermitAll
    @Produces(ATOM)
    @Operation(operationId = "getPortraitFeed", summary = "Atom feed of the newest published portraits",
            description = "Anyone. The 50 newest published portraits, each linking to its page in the web client.")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING, maxLength = 10000000)))
    public String feed() {
        return feed.atom(portraits.newestPublished());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPortrait", summary = "One portrait",
            description = "Anyone for a published portrait; drafts only for coordinators and admins (and coach authors): 404 for everybody else.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The portrait")
    public RestResponse<PortraitDetail> get(@PathParam("id") UUID id) {
        return VersionedResponses.ok(portraits.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPortrait", summary = "Draft a portrait",
            description = "Coordinators and admins; coaches only where the programme allows it (kl.portraits.coaches-may-draft), else 403.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortraitDetail.class)))
    public RestResponse<PortraitDetail> create(@Valid @NotNull PortraitInput input) {
        Versioned<PortraitDetail> created = portraits.create(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePortrait", summary = "Save a portrait",
            description = "Coordinators and admins; coach authors their own drafts where allowed. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<PortraitDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull PortraitInput input) {
        return VersionedResponses.ok(portraits.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionPortrait", summary = "Publish a portrait or take it back to draft",
            description = "Coordinators and admins only (403 for coaches). Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The portrait in its new status")
    @APIResponse(responseCode = "409", description = "Already in that status")
    public RestResponse<PortraitDetail> transition(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull PortraitTransitionInput input) {
        return VersionedResponses.ok(portraits.transition(id, ifMatch, input));
    }
}
