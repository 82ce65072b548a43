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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/reporting-periods")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingPeriodResource {
    @Inject
    ReportingPeriodService periods;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listReportingPeriods", summary = "Reporting periods, latest first", description = "Staff and advisors.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "ReportingPeriodDetail")
    @APIResponse(responseCode = "200", description = "One page of periods")
    public Response list(
            @QueryParam("status") @Parameter(description = "Only periods in this status", schema = @Schema(implementation = PeriodStatus.class)) String status,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        PeriodStatus inStatus = QueryParams.enumValue("status", status, PeriodStatus.class);
        return listings.respond(new SyncedCollection<>("reporting-periods", ReportingPeriodDetail.class, p -> p.id().toString(),
                ids -> periods.byIds(inStatus, ids)), sync, headers, paging,
                () -> periods.list(inStatus, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getReportingPeriod", summary = "One reporting period", description = "Staff and advisors.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The period")
    public RestResponse<ReportingPeriodDetail> get(@PathParam("id") UUID id) {
        ReportingPeriodDetail period = periods.get(id);
        return VersionedResponses.ok(period, period.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportingPeriod", summary = "Add a reporting period; it starts OPEN", description = "Coordinators and admins.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingPeriodDetail.class)))
    public RestResponse<ReportingPeriodDetail> create(@Valid @NotNull ReportingPeriodInput input) {
        ReportingPeriodDetail created = periods.create(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionReportingPeriod", summary = "Submit, approve, lock or reopen a period",
            description = "Coordinators and admins. OPEN -> SUBMITTED -> APPROVED -> LOCKED; SUBMITTED and APPROVED may go back to OPEN; "
                    + "LOCKED is final. Any other step is a 409 naming the allowed ones. Four eyes: whoever submitted a period cannot approve it "
                    + "(403 with rule four-eyes). Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The period in its new status")
    @APIResponse(responseCode = "403", description = "Four eyes: the caller submitted the period and so may not approve it")
    @APIResponse(responseCode = "409", description = "This step is not allowed from the current status")
    public RestResponse<ReportingPeriodDetail> transition(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull PeriodTransitionInput input) {
        ReportingPeriodDetail period = periods.transition(id, ifMatch, input);
        return VersionedResponses.ok(period, period.version());
    }
}
