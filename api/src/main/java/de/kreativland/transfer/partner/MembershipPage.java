package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.sync.Removal;
import de.kreativland.transfer.sync.SyncPageFactory;
import de.kreativland.transfer.sync.SyncParams;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of memberships")
public record MembershipPage(
        @Schema(required = true) List<Membership> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(description = SyncParams.NEXT_CURSOR_DESCRIPTION, maxLength = 200) String nextCursor,
        @Schema(description = SyncParams.REMOVED_DESCRIPTION, maxItems = PageParams.MAX_SIZE) List<Removal> removed) {

    public MembershipPage(List<Membership> items, int page, int size, long totalItems, int totalPages) {
        this(items, page, size, totalItems, totalPages, null, null);
    }

    public static SyncPageFactory<Membership, MembershipPage> syncWindow() {
        return (items, size, remaining, remainingPages, nextCursor, removed) ->
                new MembershipPage(items, 0, size, remaining, remainingPages, nextCursor, removed);
    }
}
