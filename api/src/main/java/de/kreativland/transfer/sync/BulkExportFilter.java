package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.Keyset;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the answer of every list operation marked {@code x-bulk-export: <item schema>}: the JSON page
 * ({@code Page<Item>}, named {@code PageItem} as SmallRye names the generic page elsewhere), NDJSON (one item per
 * line) and CSV, with the Sync-Cursor header. Such operations answer a {@code Response} (see {@link Listings}), so
 * the page schema is written here, from the same bounds as {@link Page}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BulkExportFilter implements OASFilter {
    static final String EXTENSION = "x-bulk-export";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> document(openAPI, op)));
    }

    private void document(OpenAPI openAPI, Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXTENSION)) {
            return;
        }
        String itemSchema = String.valueOf(operation.getExtensions().get(EXTENSION));
        operation.removeExtension(EXTENSION);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok.getExtensions() != null) {
            ok.removeExtension(EXTENSION);
        }
        String pageSchema = "Page" + itemSchema;
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(pageSchema)) {
            openAPI.getComponents().addSchema(pageSchema, page(itemSchema));
        }
        ok.content(OASFactory.createContent()
                .addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .ref("#/components/schemas/" + pageSchema)))
                .addMediaType(Listings.NDJSON, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .ref("#/components/schemas/" + itemSchema)))
                // no type: a streamed export is as long as the filtered collection, with no fixed maximum
                .addMediaType(Listings.CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .description("UTF-8 with byte order mark, header row; nested fields as dotted columns, lists joined by '; '; "
                                + "with the media type parameter dialect=de: semicolons, decimal commas and German headings")))
                .addMediaType(Listings.XLSX, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .format("binary").description("An Excel workbook: the columns of the CSV with German headings, numbers as numbers"))));
        ok.addHeader(Listings.SYNC_CURSOR, OASFactory.createHeader()
                .description("Bulk export only: continue incremental sync from here with ?cursor= to get every change made after the export began")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        ok.addHeader("Content-Disposition", OASFactory.createHeader()
                .description("Bulk export only: attachment with a file name")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)));
        String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
        operation.setDescription(description + "With Accept: application/x-ndjson, text/csv (text/csv;dialect=de for German spreadsheets) "
                + "or " + Listings.XLSX + " the whole filtered collection is streamed "
                + "(page, size and sync parameters do not apply; order by id). With updatedSince or cursor the answer is an incremental-sync "
                + "window in change order: items changed since, removed lists tombstones, nextCursor continues.");
    }

    /** The schema SmallRye writes for {@code Page<Item>}. */
    private static Schema page(String itemSchema) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .required(List.of("items", "page", "size", "totalItems", "totalPages"))
                .addProperty("items", array(PageParams.MAX_SIZE, "#/components/schemas/" + itemSchema))
                .addProperty("page", integer("int32", 0, PageParams.MAX_PAGE).description("Zero-based page number"))
                .addProperty("size", integer("int32", 1, PageParams.MAX_SIZE))
                .addProperty("totalItems", integer("int64", 0, Long.MAX_VALUE))
                .addProperty("totalPages", integer("int32", 0, Integer.MAX_VALUE))
                .addProperty("nextCursor", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200)
                        .description(Page.NEXT_CURSOR_DESCRIPTION))
                .addProperty("removed", array(PageParams.MAX_SIZE, "#/components/schemas/Removal").description(Page.REMOVED_DESCRIPTION))
                .addProperty("nextAfter", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(Keyset.MAX_LENGTH).pattern(Keyset.PATTERN)
                        .description(Keyset.NEXT_AFTER_DESCRIPTION))
                .addProperty("totalItemsEstimated", OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))
                        .description(Page.TOTAL_ESTIMATED_DESCRIPTION));
    }

    private static Schema integer(String format, long minimum, long maximum) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format(format)
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }

    private static Schema array(int maxItems, String itemRef) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(maxItems)
                .items(OASFactory.createSchema().ref(itemRef));
    }
}
