package de.kreativland.transfer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real SMTP server (GreenMail) on the port the test profile's mailer sends to (kl.test.smtp-port, 3125): the
 * outbox worker delivers to it over the network, and the tests read what arrived. Stop and start it to play an outage.
 */
public final class Smtp {
    private static GreenMail server;

    private Smtp() {
    }

    public static synchronized void start() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getOptionalValue("kl.test.smtp-port", Integer.class).orElse(3125);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received so far to {@code address} whose subject contains {@code words}. */
    public static synchronized List<Mail> to(String address, String words) {
        if (server == null) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            Mail mail = Mail.of(message);
            if (mail.to().stream().anyMatch(address::equalsIgnoreCase) && mail.subject().contains(words)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Waits up to {@code timeout} until {@code count} matching mails arrived, and answers them. */
    public static List<Mail> await(String address, String words, int count, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        List<Mail> mails = to(address, words);
        while (mails.size() < count && Instant.now().isBefore(until)) {
            sleep(200);
            mails = to(address, words);
        }
        if (mails.size() < count) {
            throw new AssertionError("expected " + count + " mail(s) to " + address + " about \"" + words + "\", got " + mails.size());
        }
        return mails;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a person sees of a mail. */
    public record Mail(List<String> to, String subject, String text, String html, String listUnsubscribe) {
        static Mail of(MimeMessage message) {
            try {
                List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString()
                        .replaceAll(".*<(.*)>.*", "$1")).toList();
                String[] parts = new String[2];
                collect(message.getContent(), message.getContentType(), parts);
                String[] unsubscribe = message.getHeader("List-Unsubscribe");
                return new Mail(to, message.getSubject(), parts[0], parts[1], unsubscribe == null ? null : unsubscribe[0]);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Object content, String type, String[] parts) throws MessagingException, IOException {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    collect(part.getContent(), part.getContentType(), parts);
                }
            } else if (content instanceof String text) {
                parts[type.toLowerCase().startsWith("text/html") ? 1 : 0] = text;
            }
        }

        /** The first link in the plain text that starts with {@code prefix}. */
        public String link(String prefix) {
            int start = text.indexOf(prefix);
            if (start < 0) {
                throw new AssertionError("no link " + prefix + " in: " + text);
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return text.substring(start, end);
        }
    }

    public static <T> boolean none(List<T> items, Predicate<T> test) {
        return items.stream().noneMatch(test);
    }
}
