package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.ContractMarks;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.VersionedResponses;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/me/mail-preferences")
@Tag(name = "Mail")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferenceResource {
    @Inject
    MailPreferenceService preferences;

    @GET
    @Operation(operationId = "getMyMailPreferences", summary = "My e-mail notifications",
            description = "The address from the signed-in account (recorded for notifications), the language and each kind on or off.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The preferences")
    public RestResponse<MailPreferences> mine() {
        return VersionedResponses.ok(preferences.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyMailPreferences", summary = "Change my e-mail notifications",
            description = "Turning a kind off stops the next mail of that kind.")
    @Extension(name = ContractMarks.ETAG, value = "true")
    @APIResponse(responseCode = "200", description = "The changed preferences")
    public RestResponse<MailPreferences> update(
            @HeaderParam("If-Match") @Size(max = ETags.MAX_IF_MATCH) @Parameter(required = true, description = "ETag of the version you read") String ifMatch,
            @Valid @NotNull MailPreferencesInput input) {
        return VersionedResponses.ok(preferences.update(ifMatch, input));
    }
}
