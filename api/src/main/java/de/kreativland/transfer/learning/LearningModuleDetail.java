package de.kreativland.transfer.learning;

import de.kreativland.transfer.partner.Submarket;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning module with its body as stored (Markdown) and as sanitised HTML")
public record LearningModuleDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name", maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 1000) String summary,
        @Schema(required = true, description = "Markdown as written; never render it unsanitised", maxLength = 100000) String bodyMarkdown,
        @Schema(required = true, description = "The body as HTML, sanitised: no scripts, event handlers or javascript: URLs",
                maxLength = SafeHtml.MAX_BODY_HTML) String bodyHtml,
        @Schema(required = true) ModuleFormat format,
        @Schema(required = true, description = "Keys of expertise topics", maxItems = 6)
        List<@Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> topics,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(required = true) ModuleLevel level,
        @Schema(required = true, minimum = "1", maximum = "6000") int estimatedMinutes,
        @Schema(required = true) Licence licence,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) ModuleStatus status,
        @Schema(required = true, maxItems = 10) List<ModuleAuthor> authors,
        @Schema(nullable = true) Provenance provenance,
        @Schema(required = true, maxItems = AttachmentService.MAX_PER_MODULE) List<Attachment> attachments,
        @Schema(required = true, description = "Status changes the caller may make now", maxItems = 4) List<ModuleStatus> allowedTransitions,
        @Schema(required = true, description = "Whether the caller may edit the module now") boolean editable,
        @Schema(nullable = true, description = "When the signed-in caller marked the module done") OffsetDateTime completedAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
