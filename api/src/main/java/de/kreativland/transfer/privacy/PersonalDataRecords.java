package de.kreativland.transfer.privacy;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The rows of one table that name the person, each with all its stored columns")
public record PersonalDataRecords(
        @Schema(required = true, description = "The feature that owns the table", example = "concept", maxLength = 63) String feature,
        @Schema(required = true, description = "The table", example = "concept_comment", maxLength = 63) String table,
        @Schema(required = true, description = "One object per row: column name to stored value (the export is not paged)",
                maxItems = MAX_ROWS) List<Map<String, Object>> rows) {
    /** Limits stated in the contract: there are far fewer tables, and no person is named in a million rows of one. */
    static final int MAX_TABLES = 1000;
    static final int MAX_ROWS = 1_000_000;
}
