package de.kreativland.transfer.privacy;

import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Everything stored about one person: how they were found, and every row that names them, by table")
public record PersonalDataExport(
        @Schema(required = true, description = "When the export was taken") OffsetDateTime exportedAt,
        @Schema(required = true, description = "The Keycloak subjects found for the person (the one asked for included)", maxItems = PersonalDataRecords.MAX_TABLES) List<@Size(max = 255) String> subjects,
        @Schema(required = true, description = "The e-mail addresses found for the person, lower case", maxItems = PersonalDataRecords.MAX_TABLES) List<@Size(max = 254) String> emails,
        @Schema(required = true, description = "The names stored beside their subject or e-mail address", maxItems = PersonalDataRecords.MAX_ROWS) List<@Size(max = 255) String> names,
        @Schema(required = true, description = "Number of rows in all tables", minimum = "0", maximum = Bounds.INT_MAX) int totalRows,
        @Schema(required = true, description = "The rows, by feature and table; tables without a row naming the person are left out", maxItems = PersonalDataRecords.MAX_TABLES) List<PersonalDataRecords> records) {
}
