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

@Path("/network-initiatives")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkInitiativeResource {
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
    @Operation(operationId = "listNetworkInitiatives", summary = "Supported network initiatives, latest first",
            description = "Staff and advisors; advisors limited to states see only initiatives of scopes in those states.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "NetworkInitiativeDetail")
    @APIResponse(responseCode = "200", description = "One page of initiatives")
    public Response list(
            @QueryParam("from") @Parameter(description = "From this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Up to this day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("scopeId") @Parameter(description = "Only this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        UUID scope = QueryParams.uuid("scopeId", scopeId);
        return listings.respond(new SyncedCollection<>("network-initiatives", NetworkInitiativeDetail.class, n -> n.id().toString(),
                ids -> records.initiativesByIds(first, last, scope, ids), access.feedAudience()), sync, headers, paging,
                () -> records.listInitiatives(first, last, scope, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(operationId = "getNetworkInitiative", summary = "One supported network initiative", description = "Staff and advisors within their states.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The initiative")
    public RestResponse<NetworkInitiativeDetail> get(@PathParam("id") UUID id) {
        NetworkInitiativeDetail initiative = records.getInitiative(id);
        return VersionedResponses.ok(initiative, initiative.version());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNetworkInitiative", summary = "Record a supported network initiative",
            description = "Coordinators and admins, under the period rules. The town defaults to the scope's.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkInitiativeDetail.class)))
    @APIResponse(responseCode = "409", description = "The day lies in a closed reporting period")
    public RestResponse<NetworkInitiativeDetail> create(@Valid @NotNull NetworkInitiativeInput input) {
        NetworkInitiativeDetail created = records.createInitiative(input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteNetworkInitiative", summary = "Remove an initiative recorded by mistake",
            description = "Coordinators and admins, under the period rules.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The day lies in a closed reporting period")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        records.deleteInitiative(id, ifMatch);
    }
}
