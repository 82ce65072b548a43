package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/metric-scopes")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricScopeResource {
    @Inject
    MetricsAccess access;

    @Inject
    MetricScopeService scopes;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listMetricScopes", summary = "Scopes figures belong to, by state, kind and name",
            description = "Staff and advisors; advisors limited to states see only scopes in those states.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "MetricScopeDetail")
    @APIResponse(responseCode = "200", description = "One page of scopes")
    public Response list(
            @QueryParam("state") @Parameter(description = "Only scopes in this state", schema = @Schema(implementation = GermanState.class)) String state,
            @QueryParam("kind") @Parameter(description = "Only scopes of this kind", schema = @Schema(implementation = ScopeKind.class)) String kind,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        GermanState inState = QueryParams.enumValue("state", state, GermanState.class);
        ScopeKind ofKind = QueryParams.enumValue("kind", kind, ScopeKind.class);
        return listings.respond(new SyncedCollection<>("metric-scopes", MetricScopeDetail.class, s -> s.id().toString(),
                ids -> scopes.byIds(inState, ofKind, ids), access.feedAudience()), sync, headers, paging,
                () -> scopes.list(inState, ofKind, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getMetricScope", summary = "One scope", description = "Staff and advisors within their states.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The scope")
    public RestResponse<MetricScopeDetail> get(@PathParam("id") UUID id) {
        MetricScopeDetail scope = scopes.get(id);
        return VersionedResponses.ok(scope, scope.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMetricScope", summary = "Add a scope: a programme, a counselling location or an organisation",
            description = "Coordinators and admins. A counselling location counts for counselling locations from its opening date.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricScopeDetail.class)))
    @APIResponse(responseCode = "409", description = "The organisation already has a scope, or the scope would change the figures of a "
            + "reporting period that is no longer OPEN (a counselling location opened in it, an organisation coached in it)")
    public RestResponse<MetricScopeDetail> create(@Valid @NotNull MetricScopeInput input) {
        MetricScopeDetail created = scopes.create(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMetricScope", summary = "Save a scope's name, town, position and archive flag",
            description = "Coordinators and admins. Latitude and longitude come together (WGS 84). An archived scope keeps its figures. "
                    + "Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<MetricScopeDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull MetricScopeUpdateInput input) {
        MetricScopeDetail saved = scopes.update(id, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }
}
