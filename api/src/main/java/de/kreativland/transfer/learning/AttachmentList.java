package de.kreativland.transfer.learning;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The attachments of a module, oldest first (at most 20)")
public record AttachmentList(@Schema(required = true, maxItems = AttachmentService.MAX_PER_MODULE) List<Attachment> items) {
}
