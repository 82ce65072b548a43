package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.FileNames;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.SpreadsheetFormat;
import java.util.Optional;
import java.util.UUID;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outreach-report")
@Tag(name = "Outreach metrics")
public class OutreachReportResource {
    static final String CSV = "text/csv";

    @Inject
    OutreachReportService reports;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV, SpreadsheetFormat.XLSX_TYPE})
    @Operation(operationId = "getOutreachReport", summary = "Outreach report for a date range and scope, also as CSV",
            description = "Anyone. Staff and advisors get every indicator (advisors limited to states: only scopes in those states); "
                    + "anonymous callers, integrations, partners and coaches get the published report: public indicators and only "
                    + "figures inside LOCKED periods. FLOW figures sum what falls in the range, values reaching outside it pro rata by "
                    + "days (flagged partial); STOCK figures take per scope the latest value on or before `to` and add up the scopes. "
                    + "With Accept: text/csv the figures come as CSV: UTF-8 with a byte order mark and a header row. "
                    + SpreadsheetFormat.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachReport.class)),
        // No type: the CSV grows with the indicators, scopes, towns and buckets of the report, with no fixed maximum.
        @Content(mediaType = CSV, schema = @Schema(description = "CSV (RFC 4180), UTF-8 with a byte order mark and a header row")),
        @Content(mediaType = SpreadsheetFormat.XLSX_TYPE, schema = @Schema(format = "binary", description = "An Excel workbook"))},
            headers = @Header(name = "Content-Disposition", description = "Spreadsheets only: attachment named after the report, "
                    + "e.g. reichweite-sachsen-2017-06-27-2017-10-04.xlsx", schema = @Schema(type = SchemaType.STRING, maxLength = 400)))
    public Response report(
            @QueryParam("from") @Parameter(required = true, description = "First day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, description = "Last day, inclusive; at most 3660 days after from", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("scopeId") @Parameter(description = "Only this scope", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String scopeId,
            @QueryParam("state") @Parameter(description = "Only scopes in this state", schema = @Schema(implementation = GermanState.class)) String state,
            @QueryParam("interval") @Parameter(description = "Buckets of the time series; MONTH when omitted", schema = @Schema(implementation = ReportInterval.class)) String interval,
            @Context HttpHeaders headers) {
        ReportInterval buckets = QueryParams.enumValue("interval", interval, ReportInterval.class);
        OutreachReport report = reports.report(QueryParams.requiredDate("from", from), QueryParams.requiredDate("to", to),
                QueryParams.uuid("scopeId", scopeId), QueryParams.enumValue("state", state, GermanState.class),
                buckets == null ? ReportInterval.MONTH : buckets);
        Optional<SpreadsheetFormat> sheet = SpreadsheetFormat.requested(headers);
        if (sheet.isPresent()) {
            return Response.ok(OutreachReportCsv.of(report, sheet.get()), sheet.get().contentType())
                    .header("Content-Disposition", FileNames.attachment(fileName(report, sheet.get(), scopeId, state))).build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** reichweite-sachsen-2017-06-27-2017-10-04.xlsx for people, outreach-report-….csv for machines. */
    private String fileName(OutreachReport report, SpreadsheetFormat format, String scopeId, String state) {
        String where = scopeId != null ? reports.scopeName(UUID.fromString(scopeId)).map(FileNames::slug).orElse("")
                : state != null ? FileNames.slug(GermanState.valueOf(state).germanName()) : "";
        String base = format.forPeople() ? "reichweite" : "outreach-report";
        return base + (where.isEmpty() ? "" : "-" + where) + "-" + report.from() + "-" + report.to() + "." + format.extension();
    }
}
