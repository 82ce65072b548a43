package de.kreativland.transfer.sync;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the bulk export of every list operation marked {@code x-bulk-export: <item schema>}:
 * NDJSON (one item per line) and CSV next to the JSON page, with the Sync-Cursor header.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BulkExportFilter implements OASFilter {
    static final String EXTENSION = "x-bulk-export";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::document));
    }

    private void document(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXTENSION)) {
            return;
        }
        String itemSchema = String.valueOf(operation.getExtensions().get(EXTENSION));
        operation.removeExtension(EXTENSION);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok.getExtensions() != null) {
            ok.removeExtension(EXTENSION);
        }
        ok.getContent()
                .addMediaType(Listings.NDJSON, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .ref("#/components/schemas/" + itemSchema)))
                // no type: a streamed export is as long as the filtered collection, with no fixed maximum
                .addMediaType(Listings.CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .description("UTF-8 with byte order mark, header row; nested fields as dotted columns, lists joined by '; '")));
        ok.addHeader(Listings.SYNC_CURSOR, OASFactory.createHeader()
                .description("Bulk export only: continue incremental sync from here with ?cursor= to get every change made after the export began")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        ok.addHeader("Content-Disposition", OASFactory.createHeader()
                .description("Bulk export only: attachment with a file name")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
        operation.setDescription(description + "With Accept: application/x-ndjson or text/csv the whole filtered collection is streamed "
                + "(page, size and sync parameters do not apply; order by id). With updatedSince or cursor the answer is an incremental-sync "
                + "window in change order: items changed since, removed lists tombstones, nextCursor continues.");
    }
}
