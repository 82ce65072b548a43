package de.kreativland.transfer.events;

import de.kreativland.transfer.common.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public events as iCalendar (RFC 5545) with ical4j: all-day events (and trips over several days) as DATE
 * values with an exclusive end, timed ones in UTC lasting two hours. Each event's UID is stable, so a
 * subscribed calendar updates instead of duplicating.
 */
@ApplicationScoped
public class EventCalendar {
    static final String TEXT_CALENDAR = "text/calendar";
    private static final Duration TIMED_LENGTH = Duration.ofHours(2);

    @ConfigProperty(name = "kl.web.public-url", defaultValue = "http://localhost:5173")
    Optional<String> webUrl;

    String write(String name, List<PublicEventDetail> events) {
        String base = webUrl.orElse("http://localhost:5173").replaceAll("/+$", "");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//KreativLand Transfer//Veranstaltungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (PublicEventDetail e : events) {
            VEvent event;
            if (e.startsAt() == null) {
                event = new VEvent(e.startsOn(), e.endsOn().plusDays(1), e.title());
            } else {
                ZonedDateTime start = e.startsOn().atTime(LocalTime.parse(e.startsAt())).atZone(PublicEventService.BERLIN);
                event = new VEvent(start.withZoneSameInstant(ZoneOffset.UTC).toInstant(), TIMED_LENGTH, e.title());
            }
            event.add(new Uid(e.id() + "@kreativland-transfer"));
            event.add(new Location(location(e)));
            StringBuilder text = new StringBuilder();
            if (e.partnerEvent() != null) {
                text.append(e.partnerEvent()).append("\n\n");
            }
            if (e.description() != null) {
                text.append(Markdown.plainText(e.description()));
            }
            if (!text.isEmpty()) {
                event.add(new Description(text.toString().strip()));
            }
            event.add(new Url(new ParameterList(), base + "/events/" + e.id()));
            event.add(new Categories(e.type().name()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String location(PublicEventDetail e) {
        if (e.destination() != null) {
            return e.destination() + (e.country() != null ? " (" + e.country() + ")" : "");
        }
        return e.venue() != null ? e.venue() + ", " + e.town() : e.town();
    }
}
