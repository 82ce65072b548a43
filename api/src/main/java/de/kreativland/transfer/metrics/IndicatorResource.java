package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/indicators")
@Tag(name = "Outreach metrics")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    @Inject
    MetricsAccess access;

    @Inject
    IndicatorService indicators;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue, in report order",
            description = "Anyone: anonymous callers, integrations, partners and coaches see the public indicators; staff and advisors all.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "IndicatorDefinition")
    @APIResponse(responseCode = "200", description = "One page of indicators")
    public Response list(
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("indicators", IndicatorDefinition.class, IndicatorDefinition::key, indicators::byKeys, access.feedAudience()),
                sync, headers, paging, () -> indicators.list(paging));
    }

    @GET
    @Path("/{key}")
    @PermitAll
    @Operation(operationId = "getIndicator", summary = "One indicator",
            description = "Anyone for public indicators; staff and advisors for all.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The indicator")
    public RestResponse<IndicatorDefinition> get(@PathParam("key") @Size(max = IndicatorKeys.MAX_LENGTH) String key) {
        IndicatorDefinition indicator = indicators.get(key);
        return VersionedResponses.ok(indicator, indicator.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createIndicator", summary = "Add an indicator",
            description = "Admins. DERIVED indicators name the records they are computed from (derivation) and take no measurements.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class)))
    @APIResponse(responseCode = "409", description = "There is already an indicator with this key")
    public RestResponse<IndicatorDefinition> create(@Valid @NotNull IndicatorInput input) {
        IndicatorDefinition created = indicators.create(input);
        return VersionedResponses.created(uri, created.key(), created, created.version());
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateIndicator", summary = "Change an indicator's names, definition, unit, category, level, visibility or order",
            description = "Admins. Key, kind and source stay as they are. Needs If-Match (428 without it, 412 when somebody saved in between).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<IndicatorDefinition> update(@PathParam("key") @Size(max = IndicatorKeys.MAX_LENGTH) String key,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull IndicatorUpdateInput input) {
        IndicatorDefinition saved = indicators.update(key, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }
}
