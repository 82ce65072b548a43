package de.kreativland.transfer.sync;

import de.kreativland.transfer.common.Problems;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The incremental-sync parameters every collection takes. */
public class SyncParams {
    @QueryParam("updatedSince")
    @Parameter(description = "Incremental sync: only items changed (and removals made) at or after this moment, in change order. "
            + "The answer carries nextCursor; continue with cursor from then on.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
    public String updatedSince;

    @QueryParam("cursor")
    @Parameter(description = "Incremental sync: continue after the nextCursor of an earlier answer (or the Sync-Cursor header of a bulk export). "
            + "Sees every change made after it exactly once, including changes committed while reading.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9_-]+$"))
    public String cursor;

    /** The feed position asked for, or empty for an ordinary page. */
    public Optional<SyncPosition> position() {
        if (cursor != null && !cursor.isBlank()) {
            if (updatedSince != null && !updatedSince.isBlank()) {
                throw Problems.invalidQuery("updatedSince", "sync.since-or-cursor");
            }
            return Optional.of(SyncPosition.parse(cursor.strip()));
        }
        if (updatedSince != null && !updatedSince.isBlank()) {
            Instant since;
            try {
                since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw Problems.invalidQuery("updatedSince", "sync.not-date-time", updatedSince);
            }
            if (!SyncPosition.inRange(since)) {
                throw Problems.invalidQuery("updatedSince", "sync.since-out-of-range", String.valueOf(SyncPosition.EARLIEST), String.valueOf(SyncPosition.LATEST));
            }
            return Optional.of(SyncPosition.since(since));
        }
        return Optional.empty();
    }
}
