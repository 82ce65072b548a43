package de.kreativland.transfer.privacy;

import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an erasure did: the pseudonym that now stands for the person, and the rows it deleted or pseudonymised")
public record PersonalDataErasure(
        @Schema(required = true, description = "When the erasure happened") OffsetDateTime erasedAt,
        @Schema(required = true, description = "Stands for the person's subject everywhere from now on", example = "erased-1b4e28ba-2fa1-41d2-883f-0016d3cca427", maxLength = 43) String pseudonymSubject,
        @Schema(required = true, description = "Stands for the person's name everywhere from now on", example = "Gelöschte Person 1b4e28ba", maxLength = 25) String pseudonymName,
        @Schema(required = true, description = "Number of rows in all tables", minimum = "1", maximum = Bounds.INT_MAX) int totalRows,
        @Schema(required = true, description = "Rows that named the person, by table", maxItems = PersonalDataRecords.MAX_TABLES) List<ErasedTable> tables) {

    @Schema(description = "The rows of one table that named the person: deleted (contact persons, memberships, learning progress) or pseudonymised")
    public record ErasedTable(
            @Schema(required = true, example = "concept", maxLength = 63) String feature,
            @Schema(required = true, example = "concept_comment", maxLength = 63) String table,
            @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int rows,
            @Schema(required = true, description = "true: the rows are gone; false: they stay under the pseudonym") boolean deleted) {
    }
}
