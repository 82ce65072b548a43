package de.kreativland.transfer.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Removal;
import de.kreativland.transfer.common.FileNames;
import de.kreativland.transfer.common.SpreadsheetFormat;
import de.kreativland.transfer.common.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers a collection's list request in one of its three forms: an ordinary page, an incremental-sync
 * window ({@code updatedSince}/{@code cursor}), or the whole filtered collection streamed as NDJSON or a
 * spreadsheet (CSV for machines, German CSV, Excel workbook).
 */
@ApplicationScoped
public class Listings {
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    public static final String SYNC_CURSOR = "Sync-Cursor";
    static final int EXPORT_CHUNK = 500;

    @Inject
    ChangeFeed feed;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Listings self;

    public static final String XLSX = SpreadsheetFormat.XLSX_TYPE;

    /** JSON, NDJSON or a spreadsheet (machine CSV, German CSV, workbook). */
    record Format(boolean ndjson, SpreadsheetFormat sheet) {
        static final Format JSON = new Format(false, null);

        boolean json() {
            return !ndjson && sheet == null;
        }
    }

    /** The export format the Accept header asks for; JSON unless it names NDJSON or a spreadsheet before JSON. */
    static Format format(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(NDJSON)) && !type.isWildcardType()) {
                return new Format(true, null);
            }
            Optional<SpreadsheetFormat> sheet = SpreadsheetFormat.of(type);
            if (sheet.isPresent()) {
                return new Format(false, sheet.get());
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    /**
     * A list operation's answer: the page, a sync window or the export, as the request asks. A {@code Response}, not a
     * {@code RestResponse<Page<T>>}: the writer must be chosen for what is answered (a stream for an export); the
     * contract's page schema is written by {@link BulkExportFilter}.
     */
    public <T> Response respond(SyncedCollection<T> collection, SyncParams sync, HttpHeaders headers, PageParams paging,
            Supplier<Page<T>> page) {
        return respond(collection, sync, headers, paging, page, Function.identity());
    }

    /** The same for a collection whose JSON answer or sync window is not a {@link Page}. */
    public <T> Response respond(SyncedCollection<T> collection, SyncParams sync, HttpHeaders headers, PageParams paging,
            Supplier<?> page, Function<Page<T>, ?> syncWindow) {
        Format format = format(headers);
        if (!format.json()) {
            return export(collection, format);
        }
        Optional<SyncPosition> position = sync.position();
        Object body = position.isPresent() ? syncWindow.apply(self.window(collection, position.get(), paging.size())) : page.get();
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @Transactional
    <T> Page<T> window(SyncedCollection<T> collection, SyncPosition from, int size) {
        feed.pinSnapshot();
        ChangeFeed.Window window = feed.read(collection.name(), collection.audience(), from, size);
        List<String> current = window.changes().stream().filter(change -> !change.deleted()).map(ChangeFeed.Change::entityId).toList();
        Map<String, T> visible = new HashMap<>();
        if (!current.isEmpty()) {
            collection.loader().apply(current).forEach(item -> visible.put(collection.key().apply(item), item));
        }
        List<T> items = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (ChangeFeed.Change change : window.changes()) {
            T item = visible.get(change.entityId());
            if (item == null) {
                removed.add(new Removal(change.entityId(), change.changedAt()));
            } else {
                items.add(item);
            }
        }
        return Page.syncWindow(items, size, window.remaining(), window.next().cursor(), removed).withTotalEstimated(window.estimated());
    }

    private <T> Response export(SyncedCollection<T> collection, Format format) {
        String cursor = feed.horizon().cursor();
        StreamingOutput body = output -> {
            if (format.ndjson()) {
                writeNdjson(collection, output);
            } else {
                writeSheet(collection, format.sheet(), output);
            }
        };
        String type = format.ndjson() ? NDJSON : format.sheet().contentType();
        String file = format.ndjson() ? collection.name() + ".ndjson" : fileName(collection, format.sheet());
        return Response.ok(body, type)
                .header("Content-Disposition", FileNames.attachment(file))
                .header(SYNC_CURSOR, cursor)
                .build();
    }

    private <T> void writeNdjson(SyncedCollection<T> collection, OutputStream output) {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        forEachItem(collection, item -> {
            try {
                writer.write(json.writeValueAsString(item));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> flush(writer));
        flush(writer);
    }

    /** organisations.csv for machines; organisationen.csv or .xlsx, as people call the collection, for people. */
    private static String fileName(SyncedCollection<?> collection, SpreadsheetFormat sheet) {
        String name = sheet.forPeople() ? CsvColumns.GERMAN.getProperty("file." + collection.name(), collection.name()) : collection.name();
        return name + "." + sheet.extension();
    }

    private <T> void writeSheet(SyncedCollection<T> collection, SpreadsheetFormat sheet, OutputStream output) throws IOException {
        CsvColumns columns = CsvColumns.of(collection.itemType());
        String sheetName = CsvColumns.GERMAN.getProperty("sheet." + collection.name(), collection.name());
        try (SpreadsheetWriter csv = sheet.open(output, sheetName, columns.columns())) {
            forEachItem(collection, item -> {
                try {
                    csv.row(columns.values(json.valueToTree(item)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, () -> flush(csv));
        }
    }

    private <T> void forEachItem(SyncedCollection<T> collection, Consumer<T> write, Runnable afterChunk) {
        feed.forEachKeyChunk(collection.name(), EXPORT_CHUNK, keys -> {
            collection.loader().apply(keys).stream()
                    .sorted(java.util.Comparator.comparing(collection.key()))
                    .forEach(write);
            em.clear();
            afterChunk.run();
        });
    }

    private static void flush(java.io.Flushable flushable) {
        try {
            flushable.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
