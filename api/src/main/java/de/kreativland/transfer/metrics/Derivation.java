package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which records a DERIVED indicator is computed from: EVENTS_HELD counts events except trips, EVENT_PARTICIPANTS sums participants of all events, NETWORK_INITIATIVES counts supported initiatives, COUNSELLING_LOCATIONS counts open counselling locations (stock), COACHING_HOURS sums coaching sessions of organisations that have a scope, LEARNING_MODULE_VIEWS sums learning-module views when the learning space records them, NEWSLETTER_SUBSCRIBERS counts confirmed newsletter subscribers (stock)")
public enum Derivation {
    EVENTS_HELD, EVENT_PARTICIPANTS, NETWORK_INITIATIVES, COUNSELLING_LOCATIONS, COACHING_HOURS, LEARNING_MODULE_VIEWS, NEWSLETTER_SUBSCRIBERS
}
