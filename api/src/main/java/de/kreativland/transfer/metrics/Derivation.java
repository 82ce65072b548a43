package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which records a DERIVED indicator is computed from: EVENTS_HELD counts events except trips, EVENT_PARTICIPANTS sums participants of all events (a public event's confirmed registrations where they exceed the participants recorded), NETWORK_INITIATIVES counts supported initiatives, COUNSELLING_LOCATIONS counts open counselling locations (stock), COACHING_HOURS sums coaching sessions of organisations that have a scope, LEARNING_MODULE_VIEWS sums learning-module views when the learning space records them, NEWSLETTER_SUBSCRIBERS counts confirmed newsletter subscribers (stock), PORTRAITS_PUBLISHED counts creative portraits on the day they were published (no scope: only in reports not limited to scopes or states)")
public enum Derivation {
    EVENTS_HELD, EVENT_PARTICIPANTS, NETWORK_INITIATIVES, COUNSELLING_LOCATIONS, COACHING_HOURS, LEARNING_MODULE_VIEWS, NEWSLETTER_SUBSCRIBERS,
    PORTRAITS_PUBLISHED
}
