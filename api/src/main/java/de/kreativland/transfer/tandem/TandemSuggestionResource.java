package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfer-concepts/{id}/tandem-suggestions")
@Tag(name = "Tandems")
@Produces(MediaType.APPLICATION_JSON)
public class TandemSuggestionResource {
    @Inject
    TandemSuggestionService suggestions;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "listTandemSuggestions", summary = "Candidate tandem organisations for a concept, best match first",
            description = "Coordinators and admins. For an APPROVED or PUBLISHED concept (409 otherwise), ranks organisations without "
                    + "a programme role or with role CANDIDATE or TANDEM (not the concept's own, not already in an open tandem with it) "
                    + "by score = 0.30 × submarket overlap (Jaccard) + 0.15 × settlement-type similarity (1 − steps apart / 4) "
                    + "+ 0.25 × nearness (1 − km / 600, 0 from 600 km; haversine between the towns) + 0.10 × team-size ratio "
                    + "(smaller / larger) + 0.20 × requested topics the concept covers (a transfer-plan step counts 1, only a "
                    + "section 0.5). Missing data counts 0. Each suggestion lists every factor with its share of the score and a "
                    + "German explanation. At most " + TandemMatcher.MAX_CANDIDATES + " candidates, prefiltered by shared "
                    + "submarkets and nearness, are ranked.")
    @APIResponse(responseCode = "200", description = "One page of the ranking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TandemSuggestions.class)))
    @APIResponse(responseCode = "409", description = "The concept is neither APPROVED nor PUBLISHED")
    public TandemSuggestions list(@PathParam("id") UUID id,
            @BeanParam Paging.Standard pageQuery) {
        return suggestions.suggestions(id, pageQuery.params());
    }
}
