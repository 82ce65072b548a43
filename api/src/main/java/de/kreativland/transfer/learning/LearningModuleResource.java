package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.FileNames;
import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.coach.ExpertiseTopics;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.partner.Submarket;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import de.kreativland.transfer.sync.SyncedCollection;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.Listings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Learning modules of the virtual learning space: search, read, author, publish, attach files, mark done. */
@Path("/learning-modules")
@Tag(name = "Learning space")
public class LearningModuleResource {
    private static final String ID_OR_SLUG = "The module's id or its stable slug";
    static final int MAX_VIEW_DAYS = 366;
    /** A file name of at most 255 characters, as ASCII fallback (umlauts doubled) and percent-encoded UTF-8 (at most 12 per character). */
    private static final int MAX_CONTENT_DISPOSITION = 4096;
    private static final int MAX_FILE = (int) AttachmentTypes.MAX_BYTES;

    @Inject
    LearningModuleService modules;

    @Inject
    AttachmentService attachments;

    @Inject
    LearningProgressService progress;

    @Context
    UriInfo uri;

    @Inject
    Listings listings;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "LearningModuleSummary")
    @APIResponse(responseCode = "200", description = "One page of modules")
    @Operation(operationId = "listLearningModules", summary = "Search and list learning modules",
            description = "German full-text search (any inflection: „Förderungen“ finds „Förderung“) ranked by relevance with highlighted snippets, "
                    + "combined with filters. Anyone: anonymous callers get PUBLIC published modules, programme roles also PARTICIPANTS modules, "
                    + "authors also their own drafts, coordinators and admins every module.")
    public Response list(
            @QueryParam("q") @Parameter(description = "Search terms (websearch syntax: \"phrase\", -not, or)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String q,
            @QueryParam("topic") @Parameter(description = "Expertise topic keys; matches modules with any of them (repeat or comma-separate)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleFilter.TopicKey.class, maxItems = ExpertiseTopics.MAX_TOPICS)) List<String> topic,
            @QueryParam("submarket") @Parameter(description = "Submarkets; matches modules with any of them",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Submarket.class, maxItems = 12)) List<String> submarket,
            @QueryParam("format") @Parameter(description = "Formats", schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleFormat.class, maxItems = 5)) List<String> format,
            @QueryParam("level") @Parameter(description = "Levels", schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleLevel.class, maxItems = 3)) List<String> level,
            @QueryParam("status") @Parameter(description = "Statuses (only what the caller may read is ever listed)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModuleStatus.class, maxItems = 4)) List<String> status,
            @QueryParam("mine") @DefaultValue("false") @Parameter(description = "Only modules the caller authors (as a coach or through "
                    + "its organisation), in every status it may read; none for callers who author nothing") boolean mine,
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        ModuleFilter filter = ModuleFilter.parse(q, topic, submarket, format, level, status, mine);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("learning-modules", LearningModuleSummary.class, m -> m.id().toString(),
                ids -> modules.listByIds(filter, ids), modules.feedAudience()), sync, headers, paging, () -> modules.list(filter, paging));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLearningModule", summary = "Write a new learning module (as DRAFT)",
            description = "Coaches and partners, who must be among its authors (their coach profile or organisation); coordinators and admins for anyone.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearningModuleDetail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<LearningModuleDetail> create(@Valid @NotNull LearningModuleInput input) {
        Versioned<LearningModuleDetail> created = modules.create(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLearningModule", summary = "One learning module, body as sanitised HTML",
            description = "By id or stable slug. Anyone may read PUBLIC published modules; PARTICIPANTS modules need a programme role; "
                    + "drafts only their authors and staff (404 for everybody else). Each read of a published module adds one to the "
                    + "module's views of the day; who read it is not stored.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The module")
    public RestResponse<LearningModuleDetail> get(@PathParam("id") @Size(max = 120) @Parameter(description = ID_OR_SLUG) String id) {
        return VersionedResponses.ok(modules.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLearningModule", summary = "Replace a learning module",
            description = "Its authors while it is DRAFT or IN_REVIEW; coordinators and admins always. Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The updated module")
    @APIResponse(responseCode = "403", description = "Not an author of the module, or authors that leave out the caller")
    @APIResponse(responseCode = "409", description = "Published or archived (authors), or the slug cannot change")
    public RestResponse<LearningModuleDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull LearningModuleInput input) {
        return VersionedResponses.ok(modules.update(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionLearningModule", summary = "Change a module's status",
            description = "DRAFT → IN_REVIEW (authors, staff), IN_REVIEW → DRAFT (authors, staff), IN_REVIEW → PUBLISHED, PUBLISHED → ARCHIVED "
                    + "and ARCHIVED → PUBLISHED (coordinators and admins only).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The module in its new status")
    @APIResponse(responseCode = "403", description = "Not an author, or a step only coordinators and admins take")
    @APIResponse(responseCode = "409", description = "Not a step from the current status; the problem lists allowedTransitions")
    public RestResponse<LearningModuleDetail> transition(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull ModuleTransitionInput input) {
        return VersionedResponses.ok(modules.transition(id, ifMatch, input.to()));
    }

    @GET
    @Path("/{id}/attachments")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listLearningModuleAttachments", summary = "A module's attachments",
            description = "Whoever may read the module.")
    public AttachmentList attachments(@PathParam("id") @Size(max = 120) @Parameter(description = ID_OR_SLUG) String id) {
        return attachments.listReadable(id);
    }

    @POST
    @Path("/{id}/attachments")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLearningModuleAttachment", summary = "Attach a file to a module",
            description = "The module's authors while it is DRAFT or IN_REVIEW; coordinators and admins always. At most 10 MB; the type is "
                    + "detected from the content and must match the file name: " + AttachmentTypes.ALLOWED + ". Refused files store nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentUpload.class)))
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Attachment.class)))
    @APIResponse(responseCode = "403", description = "Not an author of the module")
    @APIResponse(responseCode = "409", description = "The module is published (authors), or has 20 attachments already")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The content is not an allowed type, or does not match the file name")
    public RestResponse<Attachment> addAttachment(@PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE) FileUpload file) {
        Attachment attachment = file == null ? attachments.add(id, null, null, 0)
                : attachments.add(id, file.fileName(), file.uploadedFile(), file.size());
        return RestResponse.ResponseBuilder.<Attachment>created(uri.getAbsolutePathBuilder().path(attachment.id().toString()).build())
                .entity(attachment).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @PermitAll
    @Operation(operationId = "downloadLearningModuleAttachment", summary = "Download an attachment",
            description = "Whoever may read the module. Served with its detected content type and its file name (RFC 6266), as a download.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename=…; filename*=UTF-8''…",
                        schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CONTENT_DISPOSITION))},
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE)),
                @Content(mediaType = "application/vnd.oasis.opendocument.presentation", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_FILE))})
    public RestResponse<byte[]> download(@PathParam("id") @Size(max = 120) @Parameter(description = ID_OR_SLUG) String id,
            @PathParam("attachmentId") UUID attachmentId) {
        AttachmentService.Download file = attachments.download(id, attachmentId);
        return RestResponse.ResponseBuilder.ok(file.content(), file.contentType())
                .header("Content-Disposition", FileNames.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.COACH, Roles.PARTNER})
    @Operation(operationId = "deleteLearningModuleAttachment", summary = "Remove an attachment",
            description = "The module's authors while it is DRAFT or IN_REVIEW; coordinators and admins always.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an author of the module")
    @APIResponse(responseCode = "409", description = "The module is published (authors)")
    public void deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(id, attachmentId);
    }

    @PUT
    @Path("/{id}/progress")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markLearningModuleDone", summary = "Mark a module done",
            description = "Any signed-in user, for a published module it may read; idempotent (keeps the first completion time).")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModuleCompletion.class)))
    @APIResponse(responseCode = "409", description = "The module is not published")
    public ModuleCompletion markDone(@PathParam("id") UUID id) {
        return progress.markDone(id);
    }

    @DELETE
    @Path("/{id}/progress")
    @Authenticated
    @Operation(operationId = "unmarkLearningModuleDone", summary = "Undo marking a module done", description = "Any signed-in user, for itself.")
    @APIResponse(responseCode = "204", description = "Not done any more (or never was)")
    public void undo(@PathParam("id") UUID id) {
        progress.undo(id);
    }

    @GET
    @Path("/{id}/views")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.ADVISOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLearningModuleViews", summary = "Daily view counts of a module",
            description = "Coordinators, admins and advisors, for the outreach figures. Counts only; readers are never stored. "
                    + "Default: the last 30 days; at most 366 days.")
    public ModuleViews views(@PathParam("id") UUID id,
            @QueryParam("from") @Size(max = 10) @Parameter(description = "First day (ISO-8601 date), default 29 days before to",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Size(max = 10) @Parameter(description = "Last day (ISO-8601 date), default today (Europe/Berlin)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        LocalDate last = to == null ? LocalDate.now(ZoneId.of("Europe/Berlin")) : QueryParams.date("to", to);
        LocalDate first = from == null ? last.minusDays(29) : QueryParams.date("from", from);
        if (first.isAfter(last)) {
            throw Problems.invalidQuery("from", "learning.from-after-to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_VIEW_DAYS) {
            throw Problems.invalidQuery("from", "learning.view-days-limit", String.valueOf(MAX_VIEW_DAYS));
        }
        return modules.views(id, first, last);
    }
}
