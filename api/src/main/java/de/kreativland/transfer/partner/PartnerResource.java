package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import jakarta.annotation.security.PermitAll;
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

@Path("/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {
    @Inject
    PartnerService partners;

    @GET
    @PermitAll
    @Operation(operationId = "listPartners", summary = "Public partner directory",
            description = "Best-practice and tandem partners, ordered by name; readable without login. Candidates are not listed.")
    public PartnerPage list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageParams.MAX_PAGE) @Parameter(description = PageParams.PAGE_DESCRIPTION) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageParams.MAX_SIZE) @Parameter(description = PageParams.SIZE_DESCRIPTION) int size) {
        return partners.list(new PageParams(page, size));
    }
}
