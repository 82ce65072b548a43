package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Removal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Expertise topics changed since a cursor, and those removed; removed ids are topic keys")
public record ExpertiseTopicChanges(
        @Schema(required = true, maxItems = PageParams.MAX_SIZE) List<ExpertiseTopic> items,
        @Schema(required = true, description = "Always 0", minimum = "0", maximum = "0") int page,
        @Schema(required = true, minimum = "1", maximum = PageParams.MAX_SIZE_VALUE) int size,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_ITEMS) long totalItems,
        @Schema(required = true, minimum = "0", maximum = PageParams.MAX_TOTAL_PAGES) int totalPages,
        @Schema(required = true, description = Page.NEXT_CURSOR_DESCRIPTION, maxLength = 200) String nextCursor,
        @Schema(required = true, description = Page.REMOVED_DESCRIPTION, maxItems = PageParams.MAX_SIZE) List<Removal> removed) {

    /** The sync window as this feed answers it, with nextCursor and removed always present. */
    static ExpertiseTopicChanges of(Page<ExpertiseTopic> window) {
        return new ExpertiseTopicChanges(window.items(), window.page(), window.size(), window.totalItems(), window.totalPages(),
                window.nextCursor(), window.removed());
    }
}
