package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/organisations/{organisationId}/assessments")
@Tag(name = "Selection")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationAssessmentResource {
    @Inject
    AssessmentService assessments;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "getOrganisationAssessments", summary = "Selection evidence on an organisation's internal profile",
            description = "Every round the organisation was a candidate in, with each juror's score and evidence per criterion, "
                    + "the weighted score, the decision and its rationale. Staff only.")
    @APIResponse(responseCode = "200", description = "The organisation's candidacies",
            content = @Content(schema = @Schema(implementation = OrganisationAssessments.class)))
    public OrganisationAssessments get(@PathParam("organisationId") UUID organisationId) {
        return assessments.forOrganisation(organisationId);
    }
}
