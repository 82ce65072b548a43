package de.kreativland.transfer.audit;

import de.kreativland.transfer.account.CurrentUser;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One entry of the audit log: who did what to which item, when, and which fields changed")
public record AuditEntry(
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807") long id,
        @Schema(required = true) OffsetDateTime at,
        @Schema(required = true, description = "Subject of who did it (or system, anonymous)", maxLength = CurrentUser.MAX_NAME) String actor,
        @Schema(description = "Their name when the entry was written; absent on entries older than the name", maxLength = CurrentUser.MAX_NAME) String actorName,
        @Schema(required = true, description = "Kind of item, e.g. measurement, indicator, reporting_period", maxLength = 100) String entityType,
        @Schema(required = true, description = "The item's id or key", maxLength = 255) String entityId,
        @Schema(required = true, description = "What was done, e.g. create, update, correct, transition", maxLength = 100) String action,
        @Schema(required = true, description = "Fields that changed, before → after", maxItems = MAX_ITEMS) List<FieldChange> changes,
        @Schema(required = true, description = "Further details (a reason, the item corrected)", maxItems = MAX_ITEMS) List<Detail> details) {
    static final int MAX_TEXT = 2000;
    static final int MAX_ITEMS = 500;

    @Schema(description = "One field's value before and after the change, as text")
    public record FieldChange(
            @Schema(required = true, maxLength = 255) String field,
            @Schema(description = "Absent when the field was empty", maxLength = MAX_TEXT) String before,
            @Schema(description = "Absent when the field became empty", maxLength = MAX_TEXT) String after) {
    }

    @Schema(description = "One further detail of the entry, as text")
    public record Detail(
            @Schema(required = true, maxLength = 255) String name,
            @Schema(maxLength = MAX_TEXT) String value) {
    }
}
