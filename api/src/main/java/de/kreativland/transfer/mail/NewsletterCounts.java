package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many newsletter subscriptions are in each state")
public record NewsletterCounts(
        @Schema(required = true, minimum = "0", maximum = Bounds.LONG_MAX) long confirmed,
        @Schema(required = true, minimum = "0", maximum = Bounds.LONG_MAX) long pending,
        @Schema(required = true, minimum = "0", maximum = Bounds.LONG_MAX) long unsubscribed) {
}
