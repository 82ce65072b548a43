package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
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
import java.time.LocalDate;
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

@Path("/measurements")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {
    @Inject
    MetricsAccess access;

    @Inject
    MeasurementService measurements;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listMeasurements", summary = "Current values of MANUAL indicators, latest first",
            description = "Staff and advisors; advisors limited to states see only scopes in those states. Corrected values are replaced by their correction.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "MeasurementDetail")
    @APIResponse(responseCode = "200", description = "One page of current values")
    public Response list(
            @QueryParam("indicatorKey") @Size(max = IndicatorKeys.MAX_LENGTH) @Parameter(description = "Only values of this indicator") String indicatorKey,
            @QueryParam("scopeId") @Parameter(description = "Only values of this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @QueryParam("from") @Parameter(description = "Only values covering days from this one", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Only values covering days up to this one", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        UUID scope = QueryParams.uuid("scopeId", scopeId);
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        return listings.respond(new SyncedCollection<>("measurements", MeasurementDetail.class, m -> m.id().toString(),
                ids -> measurements.byIds(indicatorKey, scope, first, last, ids), access.feedAudience()), sync, headers, paging,
                () -> measurements.list(indicatorKey, scope, first, last, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getMeasurement", summary = "One value with its correction history",
            description = "Staff and advisors within their states. Also answers for values corrected since (current is false).")
    @APIResponse(responseCode = "200", description = "The value and every version of it, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDetail.class)))
    public MeasurementDetail get(@PathParam("id") UUID id) {
        return measurements.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeasurement", summary = "Enter a value of a MANUAL indicator",
            description = "Coordinators and admins. FLOW values need validFrom and validTo, STOCK values asOf. Refused with 409 when a "
                    + "reporting period the dates touch is LOCKED (or SUBMITTED or APPROVED, except for admins), or when a current value "
                    + "already covers these days for the indicator and scope (correct that one instead).")
    @APIResponse(responseCode = "201", description = "Entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDetail.class)))
    @APIResponse(responseCode = "409", description = "The period is closed, or a value already covers these days")
    public RestResponse<MeasurementDetail> create(@Valid @NotNull MeasurementInput input) {
        MeasurementDetail created = measurements.create(input);
        return RestResponse.ResponseBuilder.<MeasurementDetail>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctMeasurement", summary = "Correct a value, keeping the previous one in the history",
            description = "Coordinators while the value's periods are OPEN; admins also in SUBMITTED, APPROVED and LOCKED periods. "
                    + "A reason is required. Only the current value can be corrected (409 otherwise).")
    @APIResponse(responseCode = "201", description = "The correction, with the history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDetail.class)))
    @APIResponse(responseCode = "409", description = "The period is closed to the caller, or the value was already corrected")
    public RestResponse<MeasurementDetail> correct(@PathParam("id") UUID id, @Valid @NotNull MeasurementCorrectionInput input) {
        MeasurementDetail created = measurements.correct(id, input);
        return RestResponse.ResponseBuilder.<MeasurementDetail>created(
                uri.getAbsolutePath().resolve("../" + created.id())).entity(created).build();
    }
}
