package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A file attached to a learning module (template, checklist, image)")
public record Attachment(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Finanzplan-Vorlage.xlsx", maxLength = 255) String fileName,
        @Schema(required = true, description = "Type detected from the content", example = "application/pdf", maxLength = 120) String contentType,
        @Schema(required = true, minimum = "1", maximum = "" + AttachmentTypes.MAX_BYTES) long sizeBytes,
        @Schema(required = true, description = "SHA-256 of the content, hex", maxLength = 64, pattern = "^[0-9a-f]{64}$") String sha256,
        @Schema(required = true) OffsetDateTime createdAt) {
}
