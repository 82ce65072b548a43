package de.kreativland.transfer.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Account")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    AccountService accounts;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in user",
            description = "Subject, name, roles, the states an advisor is limited to, and the user's organisation.")
    public Me me() {
        return accounts.me();
    }
}
