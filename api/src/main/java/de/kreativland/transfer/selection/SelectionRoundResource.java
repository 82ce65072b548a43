package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
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

@Path("/selection-rounds")
@Tag(name = "Selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionRoundResource {
    @Inject
    SelectionRoundService rounds;

    @Inject
    AssessmentService assessments;

    @Inject
    Listings listings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listSelectionRounds", summary = "Selection rounds",
            description = "Newest first. Staff and coaches. In incremental sync a candidate added or decided is a change of its round.")
    @Extension(name = "x-bulk-export", value = "RoundSummary")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    public Response list(
            @QueryParam("status") @Pattern(regexp = "OPEN|CLOSED", message = "{kl.selection.round-status}")
            @Parameter(description = "Only rounds with this status", schema = @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "CLOSED"})) String status,
            @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        RoundStatus only = status == null ? null : RoundStatus.valueOf(status);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("selection-rounds", RoundSummary.class, r -> r.id().toString(),
                ids -> rounds.byIds(only, ids)), sync, headers, paging,
                () -> rounds.list(only, paging));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createSelectionRound", summary = "Open a selection round", description = "Coordinators and admins.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Round.class)))
    public RestResponse<Round> create(@Valid @NotNull RoundInput input, @Context UriInfo uri) {
        Round round = rounds.create(input);
        return VersionedResponses.created(uri, round.id(), round, round.version());
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "getSelectionRound", summary = "A round with its candidates ranked by weighted score",
            description = "Each candidate shows its weighted score, how many criteria and jurors have scored it, its rank and decision. Staff and coaches.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(schema = @Schema(implementation = Round.class)))
    public RestResponse<Round> get(@PathParam("roundId") UUID roundId) {
        Round round = rounds.get(roundId);
        return VersionedResponses.ok(round, round.version());
    }

    @PUT
    @Path("/{roundId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateSelectionRound", summary = "Rename, close or reopen a round",
            description = "Coordinators and admins. Needs If-Match. A CLOSED round takes no candidates, scores or decisions.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed round", content = @Content(schema = @Schema(implementation = Round.class)))
    public RestResponse<Round> update(@PathParam("roundId") UUID roundId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull RoundUpdateInput change) {
        Round round = rounds.update(roundId, ifMatch, change);
        return VersionedResponses.ok(round, round.version());
    }

    @POST
    @Path("/{roundId}/candidates")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "addSelectionCandidate", summary = "Add an organisation to a round",
            description = "Coordinators and admins. An organisation without a programme role becomes a CANDIDATE.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = RankedCandidate.class)))
    @APIResponse(responseCode = "409", description = "The round is closed, has " + SelectionRoundService.MAX_CANDIDATES
            + " candidates, or the organisation is a candidate already")
    public RestResponse<RankedCandidate> addCandidate(@PathParam("roundId") UUID roundId, @Valid @NotNull CandidateInput input,
            @Context UriInfo uri) {
        RankedCandidate candidate = rounds.addCandidate(roundId, input);
        return RestResponse.ResponseBuilder.<RankedCandidate>created(uri.getAbsolutePathBuilder().path(candidate.id().toString()).build())
                .entity(candidate).build();
    }

    @GET
    @Path("/{roundId}/candidates/{candidateId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "getSelectionCandidate", summary = "A candidate with its weighted score, rank and decision",
            description = "Staff and coaches.")
    @APIResponse(responseCode = "200", description = "The candidate", content = @Content(schema = @Schema(implementation = RankedCandidate.class)))
    @APIResponse(responseCode = "404", description = "No such round or candidate")
    public RankedCandidate candidate(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId) {
        return rounds.candidate(roundId, candidateId);
    }

    @POST
    @Path("/{roundId}/candidates/{candidateId}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "decideSelectionCandidate", summary = "Decide on a candidate",
            description = "Coordinators and admins. SELECTED makes the organisation a best-practice partner. "
                    + "The candidate's scores freeze; only a WAITLISTED candidate can be decided again. "
                    + "Needs If-Match with the candidate's version as listed (428 without it, 412 when someone decided meanwhile).")
    @APIResponse(responseCode = "200", description = "The decided candidate", content = @Content(schema = @Schema(implementation = RankedCandidate.class)))
    @APIResponse(responseCode = "404", description = "No such round or candidate")
    @APIResponse(responseCode = "409", description = "The round is closed, or the candidate's decision cannot change to this one")
    public RankedCandidate decide(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CandidateDecisionInput input) {
        return rounds.decide(roundId, candidateId, ifMatch, input);
    }

    @GET
    @Path("/{roundId}/candidates/{candidateId}/application")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "getCandidateApplication", summary = "The candidate's application as the jury reads it while scoring",
            description = "The organisation's profile (kind, place, submarkets, founding year, team size, website, summary, "
                    + "description as Markdown and sanitised HTML, requested topics), without contact persons or other personal data. "
                    + "Whoever scores or decides in the round: staff and coaches.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = CandidateApplication.class)))
    @APIResponse(responseCode = "404", description = "No such round or candidate")
    public CandidateApplication application(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId) {
        return assessments.application(roundId, candidateId);
    }

    @GET
    @Path("/{roundId}/candidates/{candidateId}/assessments")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "listCandidateAssessments", summary = "Every juror's scores and evidence for a candidate",
            description = "Staff and coaches: jurors deliberate together, so each sees all assessments, except of an organisation it belongs to.")
    @APIResponse(responseCode = "200", description = "The assessments", content = @Content(schema = @Schema(implementation = AssessmentList.class)))
    @APIResponse(responseCode = "404", description = "No such round or candidate")
    public AssessmentList assessments(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId) {
        return assessments.list(roundId, candidateId);
    }

    @GET
    @Path("/{roundId}/candidates/{candidateId}/assessments/{criterionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "getMyAssessment", summary = "The caller's own assessment of a candidate on one criterion",
            description = "Jurors (coordinators, coaches, admins), with the ETag for an update.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = JurorAssessment.class)))
    @APIResponse(responseCode = "404", description = "No such round or candidate, or no assessment of yours on this criterion")
    public RestResponse<JurorAssessment> myAssessment(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId,
            @PathParam("criterionId") UUID criterionId) {
        JurorAssessment assessment = assessments.own(roundId, candidateId, criterionId);
        return VersionedResponses.ok(assessment, assessment.version());
    }

    @PUT
    @Path("/{roundId}/candidates/{candidateId}/assessments/{criterionId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH})
    @Operation(operationId = "putMyAssessment", summary = "Score a candidate on one criterion (0–5) with evidence",
            description = "The caller's own assessment: created (201) or, with If-Match, updated (200). "
                    + "Refused (403) when the caller belongs to the candidate's organisation, and (409) once the candidate has a decision.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = JurorAssessment.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = JurorAssessment.class)))
    @APIResponse(responseCode = "404", description = "No such round, candidate or criterion")
    @APIResponse(responseCode = "409", description = "The round is closed, the candidate decided, or the criterion inactive")
    public RestResponse<JurorAssessment> putMyAssessment(@PathParam("roundId") UUID roundId, @PathParam("candidateId") UUID candidateId,
            @PathParam("criterionId") UUID criterionId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(description = SelectionResponses.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentInput input, @Context UriInfo uri) {
        AssessmentService.Saved saved = assessments.save(roundId, candidateId, criterionId, ifMatch, input);
        RestResponse.ResponseBuilder<JurorAssessment> response = saved.created()
                ? RestResponse.ResponseBuilder.<JurorAssessment>created(uri.getAbsolutePath())
                : RestResponse.ResponseBuilder.<JurorAssessment>ok();
        return response.entity(saved.assessment()).tag(ETags.of(saved.assessment().version())).build();
    }
}
