package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import de.kreativland.transfer.sync.Listings;
import de.kreativland.transfer.sync.SyncParams;
import de.kreativland.transfer.sync.SyncedCollection;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public partner directory: best-practice and tandem partners, public fields only. */
@Path("/partners")
@Tag(name = "Partners")
@PermitAll
public class PartnerResource {
    static final String GEO_JSON = "application/geo+json";

    @Inject
    OrganisationService organisations;

    @Inject
    Listings listings;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Listings.NDJSON, Listings.CSV, Listings.XLSX})
    @Operation(operationId = "listPartners", summary = "Public partner directory",
            description = "Best-practice and tandem partners with public fields only; filters combine with German full-text search. Readable without login.")
    @Extension(name = "x-bulk-export", value = "PartnerSummary")
    @APIResponse(responseCode = "200", description = "One page of partners")
    public Response list(@BeanParam DirectoryParams params, @BeanParam SyncParams sync,
            @BeanParam Paging.Standard pageQuery,
            @Context HttpHeaders headers) {
        DirectoryFilter filter = params.filter();
        PageParams paging = pageQuery.params();
        return listings.respond(new SyncedCollection<>("organisations", PartnerSummary.class, p -> p.id().toString(),
                ids -> organisations.publicByIds(filter, ids), organisations.publicAudience()), sync, headers, paging,
                () -> organisations.publicPage(filter, paging));
    }

    @GET
    @Path("/map")
    @Produces(GEO_JSON)
    @Operation(operationId = "mapPartners", summary = "The filtered directory as GeoJSON points for a map",
            description = "At most 2000 features; partners without coordinates are left out.")
    public PartnerMap map(@BeanParam DirectoryParams params) {
        return organisations.publicMap(params.filter());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPartner", summary = "Public profile of a partner",
            description = "Best-practice and tandem partners only (404 for other organisations); public fields, readable without login.")
    public PartnerProfile get(@PathParam("id") UUID id) {
        return organisations.publicProfile(id);
    }
}
