package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.VersionedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/organisations/{organisationId}/contacts")
@Tag(name = "Organisations")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER})
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class ContactResource {
    @Inject
    ContactService contacts;

    @GET
    @Operation(operationId = "listContacts", summary = "Contact persons of an organisation (staff and its members)",
            description = "Personal data: programme staff and the organisation's own members only (403 for other roles that may see the organisation). By name, at most " + ContactService.MAX_LISTED + ".")
    @APIResponse(responseCode = "200", description = "The contact persons", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Contact.class, maxItems = ContactService.MAX_LISTED)))
    public List<Contact> list(@PathParam("organisationId") UUID organisationId) {
        return contacts.list(organisationId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createContact", summary = "Add a contact person",
            description = "Programme staff and the organisation's own members. Answers with the contact, its ETag and Location.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Contact.class)))
    public RestResponse<Contact> create(@PathParam("organisationId") UUID organisationId, @Valid @NotNull ContactInput input,
            @Context UriInfo uri) {
        Contact created = contacts.create(organisationId, input);
        return VersionedResponses.created(uri, created.id(), created, created.version());
    }

    @PUT
    @Path("/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateContact", summary = "Save a contact person (If-Match)",
            description = "Programme staff and the organisation's own members. Needs If-Match (428 without it, 412 when somebody saved in between).")
    @APIResponse(responseCode = "200", description = "Saved")
    public RestResponse<Contact> update(@PathParam("organisationId") UUID organisationId, @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull ContactInput input) {
        Contact saved = contacts.update(organisationId, contactId, ifMatch, input);
        return VersionedResponses.ok(saved, saved.version());
    }

    @DELETE
    @Path("/{contactId}")
    @Operation(operationId = "deleteContact", summary = "Erase a contact person (GDPR erasure)",
            description = "Programme staff and the organisation's own members. The person's data are deleted for good; the audit log keeps only that it happened.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void delete(@PathParam("organisationId") UUID organisationId, @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch) {
        contacts.delete(organisationId, contactId, ifMatch);
    }
}
