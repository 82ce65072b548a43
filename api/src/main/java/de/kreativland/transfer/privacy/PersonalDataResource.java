package de.kreativland.transfer.privacy;

import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GDPR: admins export everything stored about one person, and erase it (README "Personal data (GDPR)"). */
@Path("/personal-data")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class PersonalDataResource {
    @Inject
    PersonalDataService personalData;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "exportPersonalData", summary = "Export everything stored about one person (admins only)",
            description = "Give exactly one of subject and email. The export lists every row of every table that names the "
                    + "person by subject, name or e-mail address, including the audit log and names quoted in free text. "
                    + "The export itself is recorded in the audit log.")
    @APIResponse(responseCode = "200", description = "The export (records is empty when nothing is stored)")
    public PersonalDataExport export(
            @QueryParam("subject") @Size(max = 255) @Parameter(description = "Keycloak subject (user id)") String subject,
            @QueryParam("email") @Size(max = 254) @Parameter(description = "E-mail address") String email) {
        return personalData.export(subject, email);
    }

    @POST
    @Path("/erasures")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData", summary = "Erase one person (admins only)",
            description = "In one transaction: contact persons, memberships and learning progress of the person are deleted; "
                    + "everywhere else (coach profile, comments, versions, transitions, assessments, decisions, activities, "
                    + "audit log, change feed) the subject, name and e-mail address become one random pseudonym, and the "
                    + "person's full name, subject and e-mail address inside free text too. The Keycloak account is not "
                    + "touched. 404 when nothing is stored about the person, 409 for one's own account. Audited under the "
                    + "pseudonym only.")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "404", description = "Nothing is stored about this person")
    @APIResponse(responseCode = "409", description = "The admin named themselves")
    public PersonalDataErasure erase(@Valid @NotNull PersonalDataErasureInput input) {
        return personalData.erase(input);
    }
}
