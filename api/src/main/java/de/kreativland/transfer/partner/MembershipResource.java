package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/memberships")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {
    @Inject
    MembershipService memberships;

    @Inject
    Listings listings;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listMemberships", summary = "Which users belong to which organisation",
            description = "Memberships link Keycloak users (by subject) to organisations. Admins only. "
                    + "In incremental sync a membership's id is subject:organisationId; an ended membership arrives in removed.")
    @Extension(name = "x-bulk-export", value = "Membership")
    @APIResponse(responseCode = "200", description = "One page of memberships")
    public Response list(@BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @QueryParam("organisationId") @Parameter(description = "Only this organisation's members (pages only; sync windows and exports carry every membership)") UUID organisationId,
            @Context HttpHeaders headers) {
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("memberships", Membership.class, MembershipService::key, memberships::byKeys),
                sync, headers, paging, () -> memberships.list(paging, organisationId));
    }
}
