package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Learning paths: ordered collections of modules with an introduction. */
@Path("/learning-paths")
@Tag(name = "Learning space")
@Produces(MediaType.APPLICATION_JSON)
public class LearningPathResource {
    private static final String ID_OR_SLUG = "The path's id or its stable slug";

    @Inject
    LearningPathService paths;

    @Context
    UriInfo uri;

    @Inject
    Listings listings;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Extension(name = "x-bulk-export", value = "LearningPathSummary")
    @APIResponse(responseCode = "200", description = "One page of paths")
    @Operation(operationId = "listLearningPaths", summary = "Learning paths",
            description = "Anyone: anonymous callers get PUBLIC published paths, programme roles also PARTICIPANTS paths, "
                    + "coordinators and admins every path. Ordered by title.")
    public Response list(
            @BeanParam Paging.Standard pageQuery,
            @BeanParam SyncParams sync, @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("learning-paths", LearningPathSummary.class, p -> p.id().toString(), paths::listByIds, paths.feedAudience()),
                sync, headers, paging, () -> paths.list(paging));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getLearningPath", summary = "A learning path with its modules in order",
            description = "By id or stable slug; the modules listed are those the caller may read. Same access as the list.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The path")
    public RestResponse<LearningPathDetail> get(@PathParam("id") @Size(max = 120) @Parameter(description = ID_OR_SLUG) String id) {
        return VersionedResponses.ok(paths.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLearningPath", summary = "Create a learning path", description = "Coordinators and admins.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearningPathDetail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<LearningPathDetail> create(@Valid @NotNull LearningPathInput input) {
        Versioned<LearningPathDetail> created = paths.create(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLearningPath", summary = "Replace a learning path", description = "Coordinators and admins. Needs If-Match.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The updated path")
    @APIResponse(responseCode = "409", description = "The slug is taken, or cannot change after publication")
    public RestResponse<LearningPathDetail> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull LearningPathInput input) {
        return VersionedResponses.ok(paths.update(id, ifMatch, input));
    }

    @GET
    @PersonalData
    @Path("/{id}/progress")
    @Authenticated
    @Operation(operationId = "getLearningPathProgress", summary = "The caller's progress on a path",
            description = "Any signed-in user who may read the path: which of its published modules the caller marked done, and how many.")
    public PathProgress progress(@PathParam("id") @Size(max = 120) @Parameter(description = ID_OR_SLUG) String id) {
        return paths.progress(id);
    }
}
