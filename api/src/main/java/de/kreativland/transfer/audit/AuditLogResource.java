package de.kreativland.transfer.audit;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for admins: who changed what and when, with the fields before and after. */
@Path("/audit-log")
@Tag(name = "Audit log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {
    @Inject
    AuditLogService log;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEntries", summary = "Audit log entries, newest first (admins only)",
            description = "Filter by person (subject, or a part of the name), kind of item, item, action and days (Europe/Berlin). "
                    + "Each entry lists the fields it changed with their values before and after.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Page<AuditEntry> list(
            @QueryParam("person") @Size(max = 255) @Parameter(description = "Subject, or a part of the person's name") String person,
            @QueryParam("entityType") @Size(max = 100) @Parameter(description = "Kind of item, e.g. measurement") String entityType,
            @QueryParam("entityId") @Size(max = 255) @Parameter(description = "The item's id or key") String entityId,
            @QueryParam("action") @Size(max = 100) @Parameter(description = "What was done, e.g. correct") String action,
            @QueryParam("from") @Parameter(description = "Only entries on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Only entries on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging.Standard pageQuery) {
        return log.list(new AuditLogService.Filter(person, entityType, entityId, action, QueryParams.date("from", from),
                QueryParams.date("to", to)), pageQuery.params());
    }
}
