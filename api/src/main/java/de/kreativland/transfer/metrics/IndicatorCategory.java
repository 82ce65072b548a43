package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an indicator is about")
public enum IndicatorCategory {
    REACH, EVENTS, NETWORK, COUNSELLING, SOCIAL_MEDIA, LEARNING
}
