package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Organisations with every non-personal field, for staff, advisors, assigned coaches and members. */
@Path("/organisations")
@Tag(name = "Organisations")
@Authenticated
public class OrganisationResource {
    @Inject
    OrganisationService organisations;

    @Inject
    Listings listings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listOrganisations", summary = "Internal organisation list",
            description = "Every non-personal field, all programme roles. Advisors see only the states of their token.")
    @Extension(name = "x-bulk-export", value = "OrganisationDetail")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public Response list(@BeanParam DirectoryParams params, @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        DirectoryFilter filter = params.filter();
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("organisations", OrganisationDetail.class, o -> o.id().toString(),
                ids -> organisations.internalByIds(filter, ids), organisations.internalAudience()), sync, headers, paging,
                () -> organisations.internalPage(filter, paging));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOrganisation", summary = "Internal profile of an organisation",
            description = "Staff, advisors within their states, the organisation's members and its assigned coaches; 404 for everybody else.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The organisation")
    public RestResponse<OrganisationDetail> get(@PathParam("id") UUID id) {
        OrganisationDetail detail = organisations.get(id);
        return VersionedResponses.ok(detail, detail.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation",
            description = "Coordinators and admins. Answers with the organisation, its ETag and Location.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDetail.class)))
    public RestResponse<OrganisationDetail> create(@Valid @NotNull OrganisationInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        OrganisationDetail created = organisations.create(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganisation", summary = "Save an organisation",
            description = "Staff save any organisation; a partner user only its own, and may not change programmeRole (403 naming the field). Needs If-Match (428 without it, 412 when somebody saved in between).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<OrganisationDetail> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull OrganisationInput input) {
        OrganisationDetail saved = organisations.update(id, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }
}
