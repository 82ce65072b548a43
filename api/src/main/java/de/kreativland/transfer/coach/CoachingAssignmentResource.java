package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
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

@Path("/coaching-assignments")
@Tag(name = "Coaches")
@Produces(MediaType.APPLICATION_JSON)
public class CoachingAssignmentResource {
    /** UUID query parameters arrive as strings, so that a bad value is a 400 naming the parameter, not a 404. */

    @Inject
    CoachingService coaching;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listCoachingAssignments", summary = "Coaches assigned to organisations, with hours used",
            description = "Staff see all assignments, a coach its own, an organisation's members those of their organisation. "
                    + "Ordered by organisation, coach and topic. In incremental sync a logged session is a change of its assignment.")
    @Extension(name = "x-bulk-export", value = "CoachingAssignmentSummary")
    @APIResponse(responseCode = "200", description = "One page of assignments")
    public Response list(
            @QueryParam("coachId") @Pattern(regexp = QueryParams.UUID_PATTERN)
            @Parameter(description = "Only assignments of this coach", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String coachId,
            @QueryParam("organisationId") @Pattern(regexp = QueryParams.UUID_PATTERN)
            @Parameter(description = "Only assignments to this organisation", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String organisationId,
            @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        UUID coach = coachId == null ? null : UUID.fromString(coachId);
        UUID organisation = organisationId == null ? null : UUID.fromString(organisationId);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("coaching-assignments", CoachingAssignmentSummary.class, a -> a.id().toString(),
                ids -> coaching.assignmentsByIds(coach, organisation, ids), coaching.feedAudience()), sync, headers, paging,
                () -> coaching.listAssignments(coach, organisation, paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getCoachingAssignment", summary = "One assignment with hours used",
            description = "For staff, the assigned coach and the organisation's members.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The assignment")
    public RestResponse<CoachingAssignmentSummary> get(@PathParam("id") UUID id) {
        return VersionedResponses.ok(coaching.getAssignment(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCoachingAssignment", summary = "Assign a coach to an organisation for a topic",
            description = "Coordinators and admins. The topic must be one of the coach's topics.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoachingAssignmentSummary.class)))
    @APIResponse(responseCode = "409", description = "The coach is already assigned to the organisation for this topic")
    public RestResponse<CoachingAssignmentSummary> create(@Valid @NotNull CoachingAssignmentInput input) {
        Versioned<CoachingAssignmentSummary> created = coaching.assign(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCoachingAssignment", summary = "Change an assignment's hour budget",
            description = "Coordinators and admins. A budget below the hours already used is allowed and shows as overBudget.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The updated assignment")
    public RestResponse<CoachingAssignmentSummary> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CoachingAssignmentUpdateInput input) {
        return VersionedResponses.ok(coaching.changeBudget(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "listCoachingSessions", summary = "Sessions of an assignment, latest first",
            description = "Notes and next steps are internal: for staff, the assigned coach and the organisation's members.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Page<CoachingSessionDetail> sessions(@PathParam("id") UUID id,
            @BeanParam Paging.Standard pageQuery) {
        return coaching.listSessions(id, pageQuery.params());
    }

    @GET
    @Path("/{id}/sessions/{sessionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "getCoachingSession", summary = "One session of an assignment",
            description = "For staff, the assigned coach and the organisation's members.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The session")
    public RestResponse<CoachingSessionDetail> session(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return VersionedResponses.ok(coaching.getSession(id, sessionId));
    }

    @POST
    @Path("/{id}/sessions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCoachingSession", summary = "Log a coaching session",
            description = "The assigned coach and staff. A session beyond the hour budget needs overBudgetReason (409, rule over-budget, "
                    + "naming the field); the assignment then shows overBudget and hoursOver.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoachingSessionDetail.class)))
    @APIResponse(responseCode = "403", description = "Neither staff nor the assigned coach")
    @APIResponse(responseCode = "409", description = "The day lies in a reporting period that is no longer OPEN (LOCKED: never; SUBMITTED, "
            + "APPROVED: admins only), or the session goes beyond the hour budget without overBudgetReason (rule over-budget)")
    public RestResponse<CoachingSessionDetail> logSession(@PathParam("id") UUID id, @Valid @NotNull CoachingSessionInput input) {
        Versioned<CoachingSessionDetail> created = coaching.logSession(id, input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("/{id}/sessions/{sessionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCoachingSession", summary = "Correct a coaching session",
            description = "The assigned coach and staff, while the reporting period the session falls in is writable (409 otherwise). "
                    + "The budget rule applies as when logging. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The corrected session")
    @APIResponse(responseCode = "403", description = "Neither staff nor the assigned coach")
    @APIResponse(responseCode = "409", description = "Its reporting period no longer takes changes, or beyond the budget without a reason")
    public RestResponse<CoachingSessionDetail> correctSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CoachingSessionInput input) {
        return VersionedResponses.ok(coaching.correctSession(id, sessionId, ifMatch, input));
    }

    @DELETE
    @Path("/{id}/sessions/{sessionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "deleteCoachingSession", summary = "Delete a coaching session logged by mistake",
            description = "The assigned coach and staff, while the reporting period the session falls in is writable (409 otherwise). "
                    + "Needs If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Neither staff nor the assigned coach")
    @APIResponse(responseCode = "409", description = "Its reporting period no longer takes changes")
    public void deleteSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        coaching.deleteSession(id, sessionId, ifMatch);
    }
}
