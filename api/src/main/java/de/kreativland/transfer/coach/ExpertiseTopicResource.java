package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The topic list stays a plain JSON array, as clients know it; its incremental sync lives beside it at
 * {@code /changes}, because a sync window (items, removed, nextCursor) is not an array. The export is
 * documented here rather than by x-bulk-export, whose text offers sync parameters on the list itself.
 */
@Path("/expertise-topics")
@Tag(name = "Coaches")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseTopicResource {
    static final String COLLECTION = "expertise-topics";
    private static final String FROM_THE_START = "1970-01-01T00:00:00Z";

    @Inject
    ExpertiseTopics topics;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listExpertiseTopics", summary = "Topics coaches advise on",
            description = "The short list of expertise topics in display order, archived ones only with includeArchived; readable without login. "
                    + "With Accept: application/x-ndjson or text/csv every topic is streamed (order by key) with a Sync-Cursor header; "
                    + "incremental sync continues from it at GET /api/v1/expertise-topics/changes.")
    @APIResponse(responseCode = "200", description = "Every topic",
            headers = {
                @Header(name = Listings.SYNC_CURSOR, description = "Bulk export only: pass it as cursor to /api/v1/expertise-topics/changes "
                        + "to get every change made after the export began", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                @Header(name = "Content-Disposition", description = "Bulk export only: attachment with a file name",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 200))},
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ExpertiseTopic.class,
                        maxItems = ExpertiseTopics.MAX_TOPICS)),
                @Content(mediaType = Listings.NDJSON, schema = @Schema(implementation = ExpertiseTopic.class)),
                @Content(mediaType = Listings.CSV, schema = @Schema(description = "UTF-8 with byte order mark, header row"))})
    public Response list(@QueryParam("includeArchived") @Parameter(description = "Archived topics too (for the administration)") boolean includeArchived,
            @Context HttpHeaders headers) {
        // no sync parameters here: JSON is the array, NDJSON and CSV the export
        return listings.respond(collection(), new SyncParams(), headers, new PageParams(0, PageParams.MAX_SIZE),
                () -> topics.list(includeArchived), ExpertiseTopicChanges::of);
    }

    @GET
    @Path("/changes")
    @PermitAll
    @Operation(operationId = "syncExpertiseTopics", summary = "Incremental sync of the expertise topics",
            description = "Topics changed (and removed) in change order, keyed by topic key. Start from the Sync-Cursor header of a bulk export "
                    + "of GET /api/v1/expertise-topics, or from updatedSince; without either, every topic from the start. Readable without login.")
    @APIResponse(responseCode = "200", description = "Topics changed since the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertiseTopicChanges.class)))
    public Response changes(@BeanParam SyncParams sync,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageParams.MAX_SIZE) @Parameter(description = PageParams.SIZE_DESCRIPTION) int size,
            @Context HttpHeaders headers) {
        if (sync.position().isEmpty()) {
            sync.updatedSince = FROM_THE_START;
        }
        return listings.respond(collection(), sync, headers, new PageParams(0, size), () -> {
            throw new IllegalStateException("a sync request always has a position");
        }, ExpertiseTopicChanges::of);
    }

    @GET
    @Path("/{key}")
    @PermitAll
    @Operation(operationId = "getExpertiseTopic", summary = "One expertise topic", description = "Readable without login; its ETag is the version to send as If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The topic")
    public RestResponse<ExpertiseTopic> get(@PathParam("key") @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String key) {
        ExpertiseTopic topic = topics.get(key);
        return VersionedResponses.ok(topic, topic.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExpertiseTopic", summary = "Add an expertise topic", description = "Admins. The key is fixed once created.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpertiseTopic.class)))
    @APIResponse(responseCode = "409", description = "A topic with this key exists, or the list is full")
    public RestResponse<ExpertiseTopic> create(@Valid @NotNull ExpertiseTopicInput input) {
        ExpertiseTopic created = topics.create(input);
        return VersionedResponses.created(uri, created.key(), created, created.version());
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateExpertiseTopic", summary = "Save an expertise topic's names, order and archive flag",
            description = "Admins. An archived topic stays where it is named. Needs If-Match (428 without it, 412 when stale).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<ExpertiseTopic> update(@PathParam("key") @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String key,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull ExpertiseTopicUpdateInput input) {
        ExpertiseTopic saved = topics.update(key, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }

    private SyncedCollection<ExpertiseTopic> collection() {
        return new SyncedCollection<>(COLLECTION, ExpertiseTopic.class, ExpertiseTopic::key, topics::byKeys);
    }
}
