package de.kreativland.transfer.mail;

/** A rendered mail in the recipient's language: plain text and HTML, with the link that stops mails of its kind. */
record MailMessage(String subject, String text, String html, String unsubscribeUrl) {
}
