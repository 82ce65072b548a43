package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/selection-criteria")
@Tag(name = "Selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionCriterionResource {
    @Inject
    CriterionService criteria;

    @Inject
    Listings listings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.ADVISOR})
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listSelectionCriteria", summary = "The selection criteria catalogue",
            description = "Criteria with their weights, in catalogue order. Staff, coaches and advisors.")
    @Extension(name = "x-bulk-export", value = "Criterion")
    @APIResponse(responseCode = "200", description = "One page of criteria")
    public Response list(
            @QueryParam("active") @Pattern(regexp = "true|false", message = "{kl.common.boolean}")
            @Parameter(description = "Only active (true) or inactive (false) criteria; all when absent", schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        Boolean onlyActive = active == null ? null : Boolean.valueOf(active);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("selection-criteria", Criterion.class, c -> c.id().toString(),
                ids -> criteria.byIds(onlyActive, ids)), sync, headers, paging,
                () -> criteria.list(onlyActive, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.ADVISOR})
    @Operation(operationId = "getSelectionCriterion", summary = "One selection criterion", description = "With its ETag for an update.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The criterion", content = @Content(schema = @Schema(implementation = Criterion.class)))
    public RestResponse<Criterion> get(@PathParam("id") UUID id) {
        Criterion criterion = criteria.get(id);
        return VersionedResponses.ok(criterion, criterion.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createSelectionCriterion", summary = "Add a criterion to the catalogue", description = "Admins only.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Criterion.class)))
    @APIResponse(responseCode = "409", description = "The key is taken")
    public RestResponse<Criterion> create(@Valid @NotNull CriterionInput input, @Context UriInfo uri) {
        Criterion criterion = criteria.create(input);
        return VersionedResponses.created(uri, criterion.id(), criterion, criterion.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSelectionCriterion", summary = "Change a criterion's names, weight, position or activity",
            description = "Admins only. Needs If-Match. A new weight changes the weighted scores of undecided candidates; decided ones keep theirs.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed criterion", content = @Content(schema = @Schema(implementation = Criterion.class)))
    public RestResponse<Criterion> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CriterionUpdateInput change) {
        Criterion criterion = criteria.update(id, ifMatch, change);
        return VersionedResponses.ok(criterion, criterion.version());
    }
}
