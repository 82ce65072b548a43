package de.kreativland.transfer.events;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.QueryParams;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.metrics.EventType;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public events calendar: list, event page, iCalendar feeds and registration. */
@Path("/public-events")
@Tag(name = "Events calendar")
public class PublicEventResource {
    @Inject
    PublicEventService events;

    @Inject
    EventCalendar calendar;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicEvents", summary = "Public events by date",
            description = "Anyone. Events marked public (own events, network talks, workshops, network trips), earliest first; "
                    + "from/to select the days an event touches (for a month view pass its first and last day).")
    @APIResponse(responseCode = "200", description = "One page of events")
    public Page<PublicEventDetail> list(
            @QueryParam("from") @Parameter(description = "Events ending on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Events starting on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("town") @Parameter(description = "Only events in this town", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @Size(max = 100) String town,
            @QueryParam("type") @Parameter(description = "Only events of this type", schema = @Schema(implementation = EventType.class)) String type,
            @BeanParam Paging.Standard pageQuery) {
        return events.list(filter(from, to, town, type), pageQuery.params());
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(EventCalendar.TEXT_CALENDAR)
    @Operation(operationId = "getPublicEventsCalendar", summary = "iCalendar feed of public events",
            description = "Anyone; the same filters as the list (at most 1000 events), to subscribe in a calendar app.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) file",
            content = @Content(mediaType = EventCalendar.TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)))
    public Response feed(
            @QueryParam("from") @Parameter(description = "Events ending on or after this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Events starting on or before this day", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("town") @Parameter(description = "Only events in this town", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @Size(max = 100) String town,
            @QueryParam("type") @Parameter(description = "Only events of this type", schema = @Schema(implementation = EventType.class)) String type) {
        String body = calendar.write("KreativLand – Veranstaltungen", events.calendar(filter(from, to, town, type)));
        return Response.ok(body, EventCalendar.TEXT_CALENDAR + ";charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"kreativland-veranstaltungen.ics\"").build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicEvent", summary = "One public event", description = "Anyone; 404 for events not marked public.")
    @APIResponse(responseCode = "200", description = "The event")
    public PublicEventDetail get(@PathParam("id") UUID id) {
        return events.get(id);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @PermitAll
    @Produces(EventCalendar.TEXT_CALENDAR)
    @Operation(operationId = "getPublicEventCalendar", summary = "One public event as iCalendar", description = "Anyone; 404 for events not marked public.")
    @APIResponse(responseCode = "200", description = "An iCalendar (RFC 5545) file with one VEVENT",
            content = @Content(mediaType = EventCalendar.TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000)))
    public Response eventFeed(@PathParam("id") UUID id) {
        PublicEventDetail event = events.get(id);
        return Response.ok(calendar.write(event.title(), java.util.List.of(event)), EventCalendar.TEXT_CALENDAR + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"veranstaltung-" + id + ".ics\"").build();
    }

    @POST
    @Path("/{id}/registrations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerForPublicEvent", summary = "Register for a public event",
            description = "Anyone, with consent. CONFIRMED while places are left, else WAITLISTED (moves up when someone cancels). "
                    + "The answer carries the cancel token once; it is not stored, only its hash. 409 when the event takes no registrations or has begun.")
    @APIResponse(responseCode = "201", description = "Registered or on the waiting list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registration.class)))
    @APIResponse(responseCode = "409", description = "No registration for this event, or it has begun")
    public Response register(@PathParam("id") UUID id, @Valid @NotNull RegistrationInput input) {
        Registration registration = events.register(id, input);
        return Response.created(uri.getBaseUriBuilder().path("event-registrations").path(registration.cancelToken()).build())
                .entity(registration).build();
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicEventRegistrations", summary = "Registrations of an event", description = "Coordinators and admins: confirmed first, then the waiting list in order.")
    @APIResponse(responseCode = "200", description = "One page of registrations")
    public Page<RegistrationDetail> registrations(@PathParam("id") UUID id, @BeanParam Paging.Standard pageQuery) {
        return events.registrations(id, pageQuery.params());
    }

    private static PublicEventService.Filter filter(String from, String to, String town, String type) {
        return new PublicEventService.Filter(QueryParams.date("from", from), QueryParams.date("to", to),
                town == null || town.isBlank() ? null : town, QueryParams.enumValue("type", type, EventType.class));
    }
}
