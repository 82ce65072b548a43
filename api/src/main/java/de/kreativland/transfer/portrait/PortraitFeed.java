package de.kreativland.transfer.portrait;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An Atom 1.0 feed (RFC 4287) of published portraits, written with the JDK's StAX writer (escaping and
 * well-formedness by the writer; Rome is not on the reachable Maven mirror).
 */
@ApplicationScoped
public class PortraitFeed {
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @ConfigProperty(name = "kl.web.public-url", defaultValue = "http://localhost:5173")
    Optional<String> webUrl;

    String atom(List<Portrait> portraits) {
        String base = webUrl.orElse("http://localhost:5173").replaceAll("/+$", "");
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM_NS);
            xml.writeStartElement(ATOM_NS, "feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", "de");
            element(xml, "id", "urn:kreativland:portraits");
            element(xml, "title", "KreativLand – Porträts #flächenglühen");
            element(xml, "subtitle", "Kreativschaffende im Porträt");
            OffsetDateTime updated = portraits.stream().map(p -> p.updatedAt).max(OffsetDateTime::compareTo)
                    .orElse(OffsetDateTime.parse("2017-06-27T00:00:00Z"));
            element(xml, "updated", time(updated));
            link(xml, "alternate", base + "/portraits");
            xml.writeStartElement("author");
            element(xml, "name", "KreativLand Transfer");
            xml.writeEndElement();
            for (Portrait p : portraits) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + p.id);
                element(xml, "title", p.title);
                element(xml, "published", time(p.publishedAt));
                element(xml, "updated", time(p.updatedAt));
                link(xml, "alternate", base + "/portraits/" + p.id);
                element(xml, "summary", p.teaser);
                for (String tag : p.tags) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
