package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import io.quarkus.security.Authenticated;
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

@Path("/coaches")
@Tag(name = "Coaches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class CoachResource {
    /** Enum query parameters arrive as strings, so that a bad value is a 400 naming the parameter, not a 404. */
    private static final String GERMAN_STATE = "^(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)$";

    @Inject
    CoachService coaches;

    @Inject
    Listings listings;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listCoaches", summary = "Coaches and experts",
            description = "Public profile fields for every signed-in user, ordered by name; subject and contact data only for staff and the coach itself.")
    @Extension(name = "x-bulk-export", value = "CoachProfile")
    @APIResponse(responseCode = "200", description = "One page of coaches")
    public Response list(
            @QueryParam("topic") @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) @Parameter(description = "Only coaches with this expertise topic key") String topic,
            @QueryParam("region") @Pattern(regexp = GERMAN_STATE)
            @Parameter(description = "Only coaches working in this state (ISO 3166-2:DE code)", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"})) String region,
            @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        GermanState state = region == null ? null : GermanState.valueOf(region);
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("coaches", CoachProfile.class, c -> c.id().toString(),
                ids -> coaches.byIds(topic, state, ids)), sync, headers, paging,
                () -> coaches.list(topic, state, paging));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.COACH)
    @Operation(operationId = "getMyCoachProfile", summary = "The caller's own coach profile",
            description = "The coach profile linked to the signed-in coach's Keycloak user, with its contact data.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The profile linked to the caller's user")
    @APIResponse(responseCode = "404", description = "No coach profile is linked to the caller's user")
    public RestResponse<CoachProfile> mine() {
        return VersionedResponses.ok(coaches.mine());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCoach", summary = "One coach",
            description = "Subject and contact data only for staff and the coach itself.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The coach")
    public RestResponse<CoachProfile> get(@PathParam("id") UUID id) {
        return VersionedResponses.ok(coaches.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCoach", summary = "Add a coach", description = "Coordinators and admins.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoachProfile.class)))
    @APIResponse(responseCode = "409", description = "The user already has a coach profile")
    public RestResponse<CoachProfile> create(@Valid @NotNull CoachInput input) {
        Versioned<CoachProfile> created = coaches.create(input);
        return VersionedResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCoach", summary = "Replace a coach's profile",
            description = "Staff, or the coach itself for its own profile (without changing subject).")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The updated coach")
    @APIResponse(responseCode = "403", description = "Neither staff nor the coach itself, or a coach changing subject")
    @APIResponse(responseCode = "409", description = "The user already has another coach profile")
    public RestResponse<CoachProfile> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull CoachInput input) {
        return VersionedResponses.ok(coaches.update(id, ifMatch, input));
    }
}
