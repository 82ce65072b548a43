package de.kreativland.transfer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The texts of every mail, German and English; plain text and HTML from the same paragraphs. */
@ApplicationScoped
public class MailTemplates {
    @ConfigProperty(name = "kl.mail.web-url")
    String webUrl;

    String web(String path) {
        return webUrl.replaceAll("/+$", "") + path;
    }

    MailMessage conceptSubmitted(String language, String name, String title, String conceptId, int version) {
        String link = web("/concepts/" + conceptId);
        return de(language)
                ? notification("Transferkonzept zur Prüfung eingereicht: " + title, name,
                        "das Transferkonzept „" + title + "“ wurde als Version " + version + " zur Prüfung eingereicht.",
                        "Konzept öffnen", link, true)
                : notification("Transfer concept submitted for review: " + title, name,
                        "the transfer concept “" + title + "” was submitted for review as version " + version + ".",
                        "Open the concept", link, false);
    }

    MailMessage conceptReviewed(String language, String name, String title, String conceptId, boolean approved, String note) {
        String link = web("/concepts/" + conceptId);
        String noteDe = note == null ? "" : " Anmerkung: " + note;
        String noteEn = note == null ? "" : " Note: " + note;
        if (de(language)) {
            return approved
                    ? notification("Transferkonzept freigegeben: " + title, name,
                            "Ihr Transferkonzept „" + title + "“ wurde freigegeben." + noteDe, "Konzept öffnen", link, true)
                    : notification("Änderungen erbeten: " + title, name,
                            "zu Ihrem Transferkonzept „" + title + "“ wurden Änderungen erbeten." + noteDe, "Konzept öffnen", link, true);
        }
        return approved
                ? notification("Transfer concept approved: " + title, name,
                        "your transfer concept “" + title + "” was approved." + noteEn, "Open the concept", link, false)
                : notification("Changes requested: " + title, name,
                        "changes were requested to your transfer concept “" + title + "”." + noteEn, "Open the concept", link, false);
    }

    MailMessage moduleSubmitted(String language, String name, String title, String moduleId) {
        String link = web("/learning/authoring/" + moduleId);
        return de(language)
                ? notification("Lernmodul zur Prüfung eingereicht: " + title, name,
                        "das Lernmodul „" + title + "“ wartet auf Prüfung und Veröffentlichung.", "Modul öffnen", link, true)
                : notification("Learning module submitted for review: " + title, name,
                        "the learning module “" + title + "” waits for review and publication.", "Open the module", link, false);
    }

    MailMessage milestoneDue(String language, String name, String title, String tandemId, String dueOn) {
        String link = web("/tandems/" + tandemId);
        return de(language)
                ? notification("Meilenstein fällig am " + dueOn + ": " + title, name,
                        "der Meilenstein „" + title + "“ Ihres Tandems ist am " + dueOn + " fällig.", "Tandem öffnen", link, true)
                : notification("Milestone due on " + dueOn + ": " + title, name,
                        "the milestone “" + title + "” of your tandem is due on " + dueOn + ".", "Open the tandem", link, false);
    }

    MailMessage newsletterConfirm(String language, String confirmUrl, String unsubscribeUrl, long validHours) {
        boolean de = de(language);
        String subject = de ? "Bitte bestätigen Sie Ihr Newsletter-Abonnement" : "Please confirm your newsletter subscription";
        String p1 = de ? "Sie (oder jemand mit Ihrer Adresse) haben den Newsletter von KreativLand Transfer bestellt."
                : "You (or someone using your address) signed up for the KreativLand Transfer newsletter.";
        String p2 = de ? "Bitte bestätigen Sie das Abonnement innerhalb von " + validHours + " Stunden mit diesem Link:"
                : "Please confirm the subscription within " + validHours + " hours with this link:";
        String p3 = de ? "Wenn Sie nichts bestellt haben, ignorieren Sie diese E-Mail; wir schreiben Ihnen dann nicht wieder."
                : "If you did not sign up, ignore this mail; we will not write to you again.";
        String action = de ? "Abonnement bestätigen" : "Confirm subscription";
        String footer = de ? "Abmelden" : "Unsubscribe";
        return render(subject, new String[] {de ? "Guten Tag," : "Hello,", p1, p2}, action, confirmUrl, new String[] {p3},
                footer, unsubscribeUrl);
    }

    MailMessage newsletterWelcome(String language, String unsubscribeUrl) {
        boolean de = de(language);
        String subject = de ? "Ihr Newsletter-Abonnement ist bestätigt" : "Your newsletter subscription is confirmed";
        String p1 = de ? "vielen Dank: Sie erhalten ab jetzt den Newsletter von KreativLand Transfer."
                : "thank you: you will now receive the KreativLand Transfer newsletter.";
        String footer = de ? "Abmelden" : "Unsubscribe";
        return render(subject, new String[] {de ? "Guten Tag," : "Hello,", p1}, null, null, new String[0], footer, unsubscribeUrl);
    }

    MailMessage eventRegistration(String language, String name, String eventId, String title, java.time.LocalDate day,
            de.kreativland.transfer.common.Notifications.RegistrationNotice notice, String cancelToken) {
        boolean de = de(language);
        String date = day.format(java.time.format.DateTimeFormatter.ofPattern(de ? "dd.MM.yyyy" : "d MMMM yyyy", de ? java.util.Locale.GERMAN
                : java.util.Locale.ENGLISH));
        String subject = switch (notice) {
            case CONFIRMED -> (de ? "Anmeldung bestätigt: " : "Registration confirmed: ") + title;
            case WAITLISTED -> (de ? "Auf der Warteliste: " : "On the waiting list: ") + title;
            case MOVED_UP -> (de ? "Ein Platz ist frei geworden: " : "A place is yours: ") + title;
        };
        String sentence = switch (notice) {
            case CONFIRMED -> de ? "Ihr Platz bei „" + title + "“ am " + date + " ist bestätigt."
                    : "your place at “" + title + "” on " + date + " is confirmed.";
            case WAITLISTED -> de ? "die Veranstaltung „" + title + "“ am " + date
                    + " ist ausgebucht. Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz frei wird."
                    : "“" + title + "” on " + date + " is fully booked. You are on the waiting list and get a mail as soon as a place is free.";
            case MOVED_UP -> de ? "ein Platz bei „" + title + "“ am " + date + " ist frei geworden: Er gehört jetzt Ihnen."
                    : "a place at “" + title + "” on " + date + " became free: it is yours now.";
        };
        String greeting = (de ? "Guten Tag " : "Hello ") + (name == null ? "" : name) + ",";
        String[] after = cancelToken == null ? new String[0] : new String[] {(de
                ? "Wenn Sie nicht kommen können, geben Sie den Platz bitte frei: "
                : "If you cannot come, please give the place back: ") + web("/events/registrations/" + cancelToken)};
        return render(subject, new String[] {greeting, capitalise(sentence)}, de ? "Zur Veranstaltung" : "Open the event",
                web("/events/" + eventId), after, de ? "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben:"
                        : "You receive this mail because you registered:", web("/events/" + eventId));
    }

    private MailMessage notification(String subject, String name, String sentence, String action, String link, boolean de) {
        String greeting = (de ? "Guten Tag " : "Hello ") + (name == null || name.isBlank() ? "" : name) + ",";
        String preferences = web("/settings/notifications");
        String why = de ? "Sie erhalten diese E-Mail, weil Sie an diesem Vorgang beteiligt sind. Benachrichtigungen abbestellen oder die Sprache ändern:"
                : "You receive this mail because you take part in this step. Turn notifications off or change the language:";
        return render(subject, new String[] {greeting.replace(" ,", ","), capitalise(sentence)}, action, link, new String[0],
                why, preferences);
    }

    private static MailMessage render(String subject, String[] before, String action, String link, String[] after, String footer,
            String footerUrl) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String p : before) {
            text.append(p).append("\n\n");
            html.append("<p>").append(escape(p)).append("</p>");
        }
        if (link != null) {
            text.append(action).append(": ").append(link).append("\n\n");
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>");
        }
        for (String p : after) {
            text.append(p).append("\n\n");
            html.append("<p>").append(escape(p)).append("</p>");
        }
        text.append("-- \n").append(footer).append(" ").append(footerUrl).append("\n");
        html.append("<hr><p style=\"font-size:small\">").append(escape(footer)).append(" <a href=\"").append(escape(footerUrl))
                .append("\">").append(escape(footerUrl)).append("</a></p></body></html>");
        return new MailMessage(subject, text.toString(), html.toString(), footerUrl);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean de(String language) {
        return !"en".equals(language);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
