package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of event: own events, network talks, workshops and cooperation events (held with partners) count as events held; trips do not")
public enum EventType {
    OWN_EVENT, NETWORK_TALK, WORKSHOP, TRIP, COOPERATION
}
