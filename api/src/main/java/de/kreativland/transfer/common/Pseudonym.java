package de.kreativland.transfer.common;

import java.util.UUID;

/**
 * What an erased person becomes everywhere: one random pseudonym per erasure, the same in every table,
 * so the history keeps its shape (the same person did these steps) without naming anyone. It is not
 * derived from the person's identity, so it cannot be recomputed from a subject or an e-mail address.
 */
public record Pseudonym(String subject, String name) {
    /** What an e-mail address inside free text becomes. */
    public static final String ERASED_EMAIL = "[E-Mail gelöscht]";

    public static Pseudonym random() {
        String id = UUID.randomUUID().toString();
        return new Pseudonym("erased-" + id, "Gelöschte Person " + id.substring(0, 8));
    }
}
