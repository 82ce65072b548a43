package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
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
import jakarta.ws.rs.DELETE;
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

@Path("/indicator-targets")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorTargetResource {
    @Inject
    MetricsAccess access;

    @Inject
    TargetService targets;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listIndicatorTargets", summary = "Targets and baselines",
            description = "Staff and advisors; advisors limited to states see only scopes in those states.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "IndicatorTargetDetail")
    @APIResponse(responseCode = "200", description = "One page of targets")
    public Response list(
            @QueryParam("periodId") @Parameter(description = "Only this period", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String periodId,
            @QueryParam("indicatorKey") @Size(max = IndicatorKeys.MAX_LENGTH) @Parameter(description = "Only this indicator") String indicatorKey,
            @QueryParam("scopeId") @Parameter(description = "Only this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        UUID period = QueryParams.uuid("periodId", periodId);
        UUID scope = QueryParams.uuid("scopeId", scopeId);
        return listings.respond(new SyncedCollection<>("indicator-targets", IndicatorTargetDetail.class, t -> t.id().toString(),
                ids -> targets.targetsByIds(period, indicatorKey, scope, ids), access.feedAudience()), sync, headers, paging,
                () -> targets.listTargets(period, indicatorKey, scope, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getIndicatorTarget", summary = "One target", description = "Staff and advisors within their states.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The target")
    public RestResponse<IndicatorTargetDetail> get(@PathParam("id") UUID id) {
        IndicatorTargetDetail target = targets.getTarget(id);
        return VersionedResponses.ok(target, target.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicatorTarget", summary = "Set the baseline and target of an indicator for a scope and period",
            description = "Coordinators and admins. One per indicator, scope and period (409 otherwise).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorTargetDetail.class)))
    @APIResponse(responseCode = "409", description = "A target for this indicator, scope and period exists, or the period is no longer OPEN")
    public RestResponse<IndicatorTargetDetail> create(@Valid @NotNull IndicatorTargetInput input) {
        IndicatorTargetDetail created = targets.createTarget(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateIndicatorTarget", summary = "Change the baseline and target",
            description = "Coordinators and admins, while the period is OPEN; indicator, scope and period stay. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "The period is no longer OPEN")
    public RestResponse<IndicatorTargetDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull IndicatorTargetUpdateInput input) {
        IndicatorTargetDetail saved = targets.updateTarget(id, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteIndicatorTarget", summary = "Remove a target",
            description = "Coordinators and admins, while the period is OPEN. Needs If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The period is no longer OPEN")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        targets.deleteTarget(id, ifMatch);
    }
}
