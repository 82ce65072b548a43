package de.kreativland.transfer.events;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** The public side of an event of the outreach figures: shown on the calendar or not, text, trip details, capacity. */
@Entity
@Table(name = "public_event")
public class PublicEvent extends Audited {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    public String description;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String venue;

    public String destination;

    public String country;

    @Column(name = "partner_event")
    public String partnerEvent;

    public Integer capacity;

    @Column(name = "registration_open", nullable = false)
    public boolean registrationOpen = true;
}
