package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/memberships")
@Tag(name = "Memberships")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {
    @Inject
    MembershipService memberships;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listMemberships", summary = "Which users belong to which organisation",
            description = "Memberships link Keycloak users (by subject) to organisations. Admins only.")
    public MembershipPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageParams.MAX_PAGE) @Parameter(description = PageParams.PAGE_DESCRIPTION) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageParams.MAX_SIZE) @Parameter(description = PageParams.SIZE_DESCRIPTION) int size) {
        return memberships.list(new PageParams(page, size));
    }
}
