package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.FileNames;
import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.kreativland.transfer.sync.SyncedCollection;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.Listings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/transfer-concepts")
@Tag(name = "Transfer concepts")
@Produces(MediaType.APPLICATION_JSON)
public class TransferConceptResource {
    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";
    private static final String VERSION_NUMBER = "^[1-9][0-9]{0,5}$";
    static final int MAX_VERSION_NUMBER = 999_999;

    @Inject
    ConceptService concepts;

    @Inject
    ConceptCommentService comments;

    @Inject
    ConceptExporter exporter;

    @Context
    UriInfo uri;

    @Inject
    Listings listings;

    @GET
    @PermitAll
    @Operation(operationId = "listTransferConcepts", summary = "Transfer concepts",
            description = "Anyone, also without login, sees PUBLISHED concepts; members of an organisation and its assigned coaches "
                    + "also see its concepts in every status; staff see all. Filters combine with German full-text search (q) "
                    + "over title, sections and transfer plan.")
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "ConceptSummary")
    @APIResponse(responseCode = "200", description = "One page of concepts")
    public Response list(
            @QueryParam("status") @Pattern(regexp = ConceptStatus.PATTERN, message = "{kl.concept.status}")
            @Parameter(description = "Only concepts with this status", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "ARCHIVED"})) String status,
            @QueryParam("organisationId") @Pattern(regexp = QueryParams.UUID_PATTERN, message = "{kl.concept.uuid}")
            @Parameter(description = "Only concepts of this organisation", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String organisationId,
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 200)
            @Parameter(description = "German full-text search (web search syntax: words, \"phrases\", -excluded)") String q,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        ConceptStatus statusFilter = status == null ? null : ConceptStatus.valueOf(status);
        UUID organisation = organisationId == null ? null : UUID.fromString(organisationId);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("transfer-concepts", ConceptSummary.class, c -> c.id().toString(),
                ids -> concepts.listByIds(statusFilter, organisation, q, ids), concepts.feedAudience()), sync, headers, paging,
                () -> concepts.list(statusFilter, organisation, q, paging));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTransferConcept", summary = "Start a transfer concept as DRAFT",
            description = "Partners for a best-practice organisation they are a member of; coordinators and admins for any best-practice organisation.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Concept.class)))
    @APIResponse(responseCode = "403", description = "Not a member of the organisation")
    public RestResponse<Concept> create(@Valid @NotNull ConceptInput input) {
        Concept concept = concepts.create(input);
        return VersionedResponses.created(uri, concept.id(), concept, concept.version());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getTransferConcept", summary = "One transfer concept",
            description = "The working copy for the organisation's members, its assigned coaches and staff; for everybody else, "
                    + "also without login, the content of the published version of a PUBLISHED concept (never comments); 404 otherwise.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The concept")
    public RestResponse<Concept> get(@PathParam("id") UUID id) {
        Concept concept = concepts.get(id);
        return VersionedResponses.ok(concept, concept.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTransferConcept", summary = "Replace the working copy of a concept",
            description = "Partner members of the owning organisation, and staff, while the concept is DRAFT or CHANGES_REQUESTED. Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed concept")
    @APIResponse(responseCode = "403", description = "Not a member of the owning organisation")
    @APIResponse(responseCode = "409", description = "The concept is not DRAFT or CHANGES_REQUESTED")
    public RestResponse<Concept> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull ConceptUpdateInput change) {
        Concept concept = concepts.update(id, ifMatch, change);
        return VersionedResponses.ok(concept, concept.version());
    }

    @POST
    @Path("/{id}/transitions")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionTransferConcept", summary = "Take a lifecycle step",
            description = "IN_REVIEW (submit; freezes a new version): partner members of the owning organisation and staff. "
                    + "CHANGES_REQUESTED: coaches assigned to the organisation and coordinators. APPROVED and PUBLISHED: coordinators "
                    + "(and admins) only, never for their own organisation. ARCHIVED: coordinators; the organisation for drafts never published. "
                    + "DRAFT from PUBLISHED starts a revision (partner members of the owning organisation and staff): the published version "
                    + "stays public until the next one is published. "
                    + "409 names the steps allowed from the current status. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The concept after the step")
    @APIResponse(responseCode = "403", description = "The caller may not take this step")
    @APIResponse(responseCode = "409", description = "The step is not allowed from the current status; allowedTransitions lists those that are")
    public RestResponse<Concept> transition(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull TransitionInput input) {
        Concept concept = concepts.transition(id, ifMatch, input);
        return VersionedResponses.ok(concept, concept.version());
    }

    @GET
    @Path("/{id}/transitions")
    @Authenticated
    @Operation(operationId = "listTransferConceptTransitions", summary = "The lifecycle history of a concept",
            description = "Oldest first. The organisation's members, its assigned coaches and staff.")
    @APIResponse(responseCode = "200", description = "One page of the history")
    @APIResponse(responseCode = "403", description = "The concept is published, but its history is internal")
    public Page<Transition> history(@PathParam("id") UUID id,
            @BeanParam Paging.Standard pageQuery) {
        return concepts.history(id, pageQuery.params());
    }

    @GET
    @Path("/{id}/versions")
    @PermitAll
    @Operation(operationId = "listTransferConceptVersions", summary = "The submitted versions of a concept",
            description = "Newest first. Every version for the organisation's members, its assigned coaches and staff; "
                    + "only the published version for everybody else, also without login.")
    public Page<ConceptVersionSummary> versions(@PathParam("id") UUID id,
            @BeanParam Paging.Standard pageQuery) {
        return concepts.versions(id, pageQuery.params());
    }

    @GET
    @Path("/{id}/versions/{number}")
    @PermitAll
    @Operation(operationId = "getTransferConceptVersion", summary = "The frozen content of one version",
            description = "Any version for the organisation's members, its assigned coaches and staff; the published one for everybody.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConceptVersion.class)))
    public ConceptVersion version(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(MAX_VERSION_NUMBER) int number) {
        return concepts.version(id, number);
    }

    @GET
    @Path("/{id}/versions/{number}/export")
    @PermitAll
    @Produces({MARKDOWN, PDF})
    @Operation(operationId = "exportTransferConceptVersion", summary = "A version as Markdown or PDF",
            description = "Sections as headings, the transfer plan as numbered steps; German headings unless Accept-Language asks for "
                    + "English. Choose the format with Accept or format (format wins). Readable by whoever may read the version.")
    @APIResponse(responseCode = "200", description = "The version as a document", headers = @Header(name = "Content-Disposition",
            description = "attachment named after the organisation and version, e.g. transferkonzept-kuenstlerstadt-kalbe-v2.pdf",
            schema = @Schema(type = SchemaType.STRING, maxLength = 300)), content = {
                @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING, maxLength = ConceptExporter.MAX_MARKDOWN)),
                // No type: a PDF's size follows from the text and the embedded font, with no fixed maximum.
                @Content(mediaType = PDF, schema = @Schema(format = "binary", description = "A PDF document"))})
    public Response export(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(MAX_VERSION_NUMBER) int number,
            @QueryParam("format") @Pattern(regexp = "^(markdown|pdf)$", message = "{kl.concept.export-format}")
            @Parameter(description = "markdown or pdf; overrides Accept", schema = @Schema(type = SchemaType.STRING, enumeration = {"markdown", "pdf"})) String format,
            @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Size(max = 1000) @Parameter(description = "en for English headings; German otherwise") String language) {
        ConceptVersion version = concepts.version(id, number);
        String organisation = concepts.organisationName(id);
        boolean english = language != null && language.strip().toLowerCase().startsWith("en");
        boolean pdf = format != null ? format.equals("pdf") : accept != null && accept.contains(PDF) && !accept.contains(MARKDOWN);
        String file = (english ? "transfer-concept-" : "transferkonzept-") + FileNames.slug(organisation) + "-v" + number;
        if (pdf) {
            return Response.ok(exporter.pdf(version, organisation, english), PDF)
                    .header("Content-Disposition", FileNames.attachment(file + ".pdf")).build();
        }
        return Response.ok(exporter.markdown(version, organisation, english), MARKDOWN + ";charset=UTF-8")
                .header("Content-Disposition", FileNames.attachment(file + ".md")).build();
    }

    @GET
    @Path("/{id}/diff")
    @PermitAll
    @Operation(operationId = "diffTransferConceptVersions", summary = "Compare two versions section by section",
            description = "Each of the eleven sections with changed, before and after; the transfer plan step by step. "
                    + "Both versions must be visible to the caller (see getTransferConceptVersion).")
    public ConceptDiff diff(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Pattern(regexp = VERSION_NUMBER, message = "{kl.concept.version-number}")
            @Parameter(required = true, description = "The older version number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_VERSION_NUMBER)) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = VERSION_NUMBER, message = "{kl.concept.version-number}")
            @Parameter(required = true, description = "The newer version number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_VERSION_NUMBER)) String to) {
        return concepts.diff(id, Integer.parseInt(from), Integer.parseInt(to));
    }

    @GET
    @PersonalData
    @Path("/{id}/comments")
    @Authenticated
    @Operation(operationId = "listTransferConceptComments", summary = "Review comments and replies",
            description = "Oldest first. The organisation's members, its assigned coaches and staff; never the public.")
    @APIResponse(responseCode = "200", description = "One page of comments")
    @APIResponse(responseCode = "403", description = "The concept is published, but its comments are internal")
    public Page<Comment> comments(@PathParam("id") UUID id,
            @QueryParam("versionNumber") @Pattern(regexp = VERSION_NUMBER, message = "{kl.concept.version-number}")
            @Parameter(description = "Only comments on this version", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_VERSION_NUMBER)) String versionNumber,
            @QueryParam("section") @Pattern(regexp = SectionKey.PATTERN, message = "{kl.concept.section-key}")
            @Parameter(description = "Only comments on this section", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "STARTING_SITUATION", "GOALS_AND_TARGET_GROUPS", "OFFER", "ORGANISATION_AND_TEAM", "FINANCING", "MARKETING_AND_COMMUNICATION",
                "BUILDING_LAW_AND_PREMISES", "DIGITAL_INFRASTRUCTURE", "TRANSFER_PLAN", "RISKS_AND_SUCCESS_FACTORS",
                "RESOURCES_AND_CONTACTS"})) String section,
            @QueryParam("resolved") @Pattern(regexp = "^(true|false)$", message = "{kl.concept.boolean}")
            @Parameter(description = "Only resolved (true) or open (false) comments", schema = @Schema(type = SchemaType.BOOLEAN)) String resolved,
            @BeanParam Paging.Long pageQuery) {
        return comments.list(id, versionNumber == null ? null : Integer.valueOf(versionNumber),
                section == null ? null : SectionKey.valueOf(section), resolved == null ? null : Boolean.valueOf(resolved),
                pageQuery.params());
    }

    @POST
    @Path("/{id}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTransferConceptComment", summary = "Comment on a section of a version, or reply",
            description = "The organisation's members, the coaches assigned to it and staff. A reply (parentId) takes its thread's section and version.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comment.class)))
    @APIResponse(responseCode = "403", description = "Not the organisation, an assigned coach or staff")
    @APIResponse(responseCode = "409", description = "The concept is archived")
    public RestResponse<Comment> comment(@PathParam("id") UUID id, @Valid @NotNull CommentInput input) {
        Comment comment = comments.create(id, input);
        return VersionedResponses.created(uri, comment.id(), comment, comment.version());
    }

    @GET
    @Path("/{id}/comments/{commentId}")
    @Authenticated
    @Operation(operationId = "getTransferConceptComment", summary = "One review comment",
            description = "The organisation's members, its assigned coaches and staff.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "403", description = "The concept is published, but its comments are internal")
    public RestResponse<Comment> getComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId) {
        Comment comment = comments.get(id, commentId);
        return VersionedResponses.ok(comment, comment.version());
    }

    @PATCH
    @Path("/{id}/comments/{commentId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveTransferConceptComment", summary = "Resolve or reopen a comment",
            description = "The organisation's members, its assigned coaches and staff. Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The comment")
    @APIResponse(responseCode = "403", description = "The concept is published, but its comments are internal")
    public RestResponse<Comment> resolve(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CommentUpdateInput change) {
        Comment comment = comments.update(id, commentId, ifMatch, change);
        return VersionedResponses.ok(comment, comment.version());
    }
}
