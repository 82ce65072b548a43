package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
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

@Path("/tandems")
@Tag(name = "Tandems")
@Produces(MediaType.APPLICATION_JSON)
public class TandemResource {
    /** UUID query parameters arrive as strings, so that a bad value is a 400 naming the parameter. */
    private static final String READERS = "Staff, the members of both organisations and the coaches assigned to either; 404 for everybody else.";

    @Inject
    TandemService tandems;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listTandems", summary = "Tandems, last changed first",
            description = "Staff see every tandem; partners those of their organisations; coaches those of the organisations they are "
                    + "assigned to. Nobody else. In incremental sync a step, a milestone change or a logged activity is a change of its tandem.")
    @Extension(name = "x-bulk-export", value = "TandemSummary")
    @APIResponse(responseCode = "200", description = "One page of tandems")
    public Response list(
            @QueryParam("status") @Pattern(regexp = TandemStatus.PATTERN, message = "{kl.tandem.status}")
            @Parameter(description = "Only tandems with this status", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "PROPOSED", "AGREED", "ACTIVE", "COMPLETED", "CANCELLED"})) String status,
            @QueryParam("conceptId") @Pattern(regexp = QueryParams.UUID_PATTERN, message = "{kl.concept.uuid}")
            @Parameter(description = "Only tandems applying this concept", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String conceptId,
            @QueryParam("organisationId") @Pattern(regexp = QueryParams.UUID_PATTERN, message = "{kl.concept.uuid}")
            @Parameter(description = "Only tandems with this organisation on either side", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String organisationId,
            @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        TandemStatus only = status == null ? null : TandemStatus.valueOf(status);
        UUID concept = conceptId == null ? null : UUID.fromString(conceptId);
        UUID organisation = organisationId == null ? null : UUID.fromString(organisationId);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("tandems", TandemSummary.class, t -> t.id().toString(),
                ids -> tandems.byIds(only, concept, organisation, ids), tandems.feedAudience()), sync, headers, paging,
                () -> tandems.list(only, concept, organisation, paging));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTandem", summary = "Propose a tandem",
            description = "Coordinators and admins. The concept must be APPROVED or PUBLISHED (409 otherwise); its organisation is the "
                    + "best-practice side. The tandem organisation must be a candidate, a tandem partner or have no programme role; it "
                    + "becomes a TANDEM partner. Picking another than the top-ranked suggestion needs a selectionReason (400 naming it).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TandemDetail.class)))
    @APIResponse(responseCode = "409", description = "The concept is not APPROVED or PUBLISHED, or the pair already has an open tandem")
    public RestResponse<TandemDetail> create(@Valid @NotNull TandemInput input) {
        TandemDetail tandem = tandems.create(input);
        return VersionedResponses.created(uri, tandem.id(), tandem, tandem.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getTandem", summary = "One tandem with its progress", description = READERS
            + " Progress is the share of milestones done.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The tandem")
    public RestResponse<TandemDetail> get(@PathParam("id") UUID id) {
        TandemDetail tandem = tandems.get(id);
        return VersionedResponses.ok(tandem, tandem.version());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionTandem", summary = "Take a lifecycle step",
            description = "AGREED: partner members of either organisation and staff. ACTIVE (generates one milestone per step of the "
                    + "concept's transfer plan), COMPLETED and CANCELLED (reason required): coordinators and admins. 409 names the "
                    + "steps allowed from the current status. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The tandem after the step")
    @APIResponse(responseCode = "403", description = "The caller may not take this step")
    @APIResponse(responseCode = "409", description = "The step is not allowed from the current status; allowedTransitions lists those that are")
    public RestResponse<TandemDetail> transition(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull TandemTransitionInput input) {
        TandemDetail tandem = tandems.transition(id, ifMatch, input);
        return VersionedResponses.ok(tandem, tandem.version());
    }

    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "listTandemTransitions", summary = "The lifecycle history of a tandem", description = "Oldest first. " + READERS)
    public Page<TandemTransition> history(@PathParam("id") UUID id,
            @BeanParam Paging.Standard pageQuery) {
        return tandems.history(id, pageQuery.params());
    }

    @GET
    @Path("/{id}/milestones")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "listTandemMilestones", summary = "The milestones of a tandem, in transfer-plan order",
            description = "Generated when the tandem becomes ACTIVE. " + READERS)
    public Page<Milestone> milestones(@PathParam("id") UUID id,
            @BeanParam Paging.Long pageQuery) {
        return tandems.milestones(id, pageQuery.params());
    }

    @GET
    @Path("/{id}/milestones/{milestoneId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getTandemMilestone", summary = "One milestone", description = READERS)
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The milestone")
    public RestResponse<Milestone> milestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        Milestone milestone = tandems.milestone(id, milestoneId);
        return VersionedResponses.ok(milestone, milestone.version());
    }

    @PUT
    @Path("/{id}/milestones/{milestoneId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTandemMilestone", summary = "Change a milestone's due date, owner, status and adaptation notes",
            description = "Partner members of either organisation and staff, while the tandem is ACTIVE. Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed milestone")
    @APIResponse(responseCode = "403", description = "Not a member of either organisation")
    @APIResponse(responseCode = "409", description = "The tandem is not ACTIVE")
    public RestResponse<Milestone> updateMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull MilestoneInput change) {
        Milestone milestone = tandems.updateMilestone(id, milestoneId, ifMatch, change);
        return VersionedResponses.ok(milestone, milestone.version());
    }

    @GET
    @Path("/{id}/activities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "listTandemActivities", summary = "Meetings, visits, calls and workshops of a tandem, latest first",
            description = READERS)
    public Page<TandemActivityDetail> activities(@PathParam("id") UUID id,
            @QueryParam("type") @Pattern(regexp = ActivityType.PATTERN, message = "{kl.tandem.activity-type}")
            @Parameter(description = "Only activities of this type", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "MEETING", "VISIT", "CALL", "WORKSHOP"})) String type,
            @BeanParam Paging.Standard pageQuery) {
        return tandems.activities(id, type == null ? null : ActivityType.valueOf(type), pageQuery.params());
    }

    @GET
    @Path("/{id}/activities/{activityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getTandemActivity", summary = "One activity of a tandem", description = READERS)
    public TandemActivityDetail activity(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId) {
        return tandems.activity(id, activityId);
    }

    @POST
    @Path("/{id}/activities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTandemActivity", summary = "Log a meeting, visit, call or workshop",
            description = "Partner members of either organisation and staff, while the tandem is PROPOSED, AGREED or ACTIVE.")
    @APIResponse(responseCode = "201", description = "Logged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TandemActivityDetail.class)))
    @APIResponse(responseCode = "403", description = "Not a member of either organisation")
    @APIResponse(responseCode = "409", description = "The tandem is COMPLETED or CANCELLED")
    public RestResponse<TandemActivityDetail> logActivity(@PathParam("id") UUID id, @Valid @NotNull TandemActivityInput input) {
        TandemActivityDetail activity = tandems.logActivity(id, input);
        return RestResponse.ResponseBuilder.<TandemActivityDetail>created(uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
                .entity(activity).build();
    }
}
