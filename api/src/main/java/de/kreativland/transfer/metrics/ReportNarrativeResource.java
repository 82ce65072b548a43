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

@Path("/report-narratives")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class ReportNarrativeResource {
    @Inject
    MetricsAccess access;

    @Inject
    TargetService narratives;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listReportNarratives", summary = "Narrative report sections, in order",
            description = "Staff and advisors; advisors limited to states see only scopes in those states. The public reads them in the outreach report.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "ReportNarrativeDetail")
    @APIResponse(responseCode = "200", description = "One page of narrative sections")
    public Response list(
            @QueryParam("periodId") @Parameter(description = "Only this period", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String periodId,
            @QueryParam("scopeId") @Parameter(description = "Only this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        UUID period = QueryParams.uuid("periodId", periodId);
        UUID scope = QueryParams.uuid("scopeId", scopeId);
        return listings.respond(new SyncedCollection<>("report-narratives", ReportNarrativeDetail.class, n -> n.id().toString(),
                ids -> narratives.narrativesByIds(period, scope, ids), access.feedAudience()), sync, headers, paging,
                () -> narratives.listNarratives(period, scope, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getReportNarrative", summary = "One narrative section", description = "Staff and advisors within their states.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The section")
    public RestResponse<ReportNarrativeDetail> get(@PathParam("id") UUID id) {
        ReportNarrativeDetail narrative = narratives.getNarrative(id);
        return VersionedResponses.ok(narrative, narrative.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportNarrative", summary = "Add a narrative section for a period or date range",
            description = "Coordinators and admins. It appears in every report whose range contains its period or range.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportNarrativeDetail.class)))
    @APIResponse(responseCode = "409", description = "The period or range touches a reporting period that is no longer OPEN")
    public RestResponse<ReportNarrativeDetail> create(@Valid @NotNull ReportNarrativeInput input) {
        ReportNarrativeDetail created = narratives.createNarrative(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReportNarrative", summary = "Save a narrative section",
            description = "Coordinators and admins, while both its old and its new period or range are OPEN. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "The period or range touches a reporting period that is no longer OPEN")
    public RestResponse<ReportNarrativeDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull ReportNarrativeInput input) {
        ReportNarrativeDetail saved = narratives.updateNarrative(id, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteReportNarrative", summary = "Remove a narrative section",
            description = "Coordinators and admins, while its period or range is OPEN. Needs If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The period or range touches a reporting period that is no longer OPEN")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        narratives.deleteNarrative(id, ifMatch);
    }
}
