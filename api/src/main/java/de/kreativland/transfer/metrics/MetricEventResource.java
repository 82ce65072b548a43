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

@Path("/metric-events")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricEventResource {
    @Inject
    MetricsAccess access;

    @Inject
    MetricRecordService records;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "listMetricEvents", summary = "Events held, latest first",
            description = "Staff and advisors; advisors limited to states see only events of scopes in those states.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "MetricEventDetail")
    @APIResponse(responseCode = "200", description = "One page of events")
    public Response list(
            @QueryParam("from") @Parameter(description = "From this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Up to this day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("scopeId") @Parameter(description = "Only this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @QueryParam("type") @Parameter(description = "Only events of this type", schema = @Schema(implementation = EventType.class)) String type,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        UUID scope = QueryParams.uuid("scopeId", scopeId);
        EventType eventType = QueryParams.enumValue("type", type, EventType.class);
        return listings.respond(new SyncedCollection<>("metric-events", MetricEventDetail.class, e -> e.id().toString(),
                ids -> records.eventsByIds(first, last, scope, eventType, ids), access.feedAudience()), sync, headers, paging,
                () -> records.listEvents(first, last, scope, eventType, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getMetricEvent", summary = "One event", description = "Staff and advisors within their states.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The event")
    public RestResponse<MetricEventDetail> get(@PathParam("id") UUID id) {
        MetricEventDetail event = records.getEvent(id);
        return VersionedResponses.ok(event, event.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMetricEvent", summary = "Record an event",
            description = "Coordinators and admins. Events held and participants follow at once. 409 when its day lies in a period that is no longer OPEN (admins may still change SUBMITTED and APPROVED ones).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricEventDetail.class)))
    @APIResponse(responseCode = "409", description = "The day lies in a closed reporting period")
    public RestResponse<MetricEventDetail> create(@Valid @NotNull MetricEventInput input) {
        MetricEventDetail created = records.createEvent(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMetricEvent", summary = "Save an event",
            description = "Coordinators and admins, under the period rules of both the old and the new day. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "The day lies in a closed reporting period")
    public RestResponse<MetricEventDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull MetricEventInput input) {
        MetricEventDetail saved = records.updateEvent(id, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteMetricEvent", summary = "Remove an event recorded by mistake",
            description = "Coordinators and admins, under the period rules. Derived figures follow at once.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The day lies in a closed reporting period")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        records.deleteEvent(id, ifMatch);
    }
}
