package de.kreativland.transfer.learning;

import de.kreativland.transfer.partner.Submarket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning module with its body as stored (Markdown) and as sanitised HTML")
public record LearningModuleDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name") String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true, description = "Markdown as written; never render it unsanitised") String bodyMarkdown,
        @Schema(required = true, description = "The body as HTML, sanitised: no scripts, event handlers or javascript: URLs") String bodyHtml,
        @Schema(required = true) ModuleFormat format,
        @Schema(required = true, description = "Keys of expertise topics") List<String> topics,
        @Schema(required = true) List<Submarket> submarkets,
        @Schema(required = true) ModuleLevel level,
        @Schema(required = true) int estimatedMinutes,
        @Schema(required = true) Licence licence,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) ModuleStatus status,
        @Schema(required = true) List<ModuleAuthor> authors,
        @Schema(nullable = true) Provenance provenance,
        @Schema(required = true) List<Attachment> attachments,
        @Schema(required = true, description = "Status changes the caller may make now") List<ModuleStatus> allowedTransitions,
        @Schema(required = true, description = "Whether the caller may edit the module now") boolean editable,
        @Schema(nullable = true, description = "When the signed-in caller marked the module done") OffsetDateTime completedAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
