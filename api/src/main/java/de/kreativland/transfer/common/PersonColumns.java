package de.kreativland.transfer.common;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of one table row that describe one person: the Keycloak subject, the name copied beside
 * it, the e-mail address (each may be absent), and the further columns about that person that an
 * erasure empties (phone, biography).
 */
public record PersonColumns(String subject, String name, String email, List<String> cleared) {
    public PersonColumns {
        cleared = List.copyOf(cleared);
    }

    /** An actor column: created_by, updated_by, actor, resolved_by (a subject, or "system"). */
    public static PersonColumns actor(String subject) {
        return new PersonColumns(subject, null, null, List.of());
    }

    /** A subject with the name copied beside it (author_subject/author_name, actor/actor_name). */
    public static PersonColumns named(String subject, String name) {
        return new PersonColumns(subject, name, null, List.of());
    }

    public Stream<String> columns() {
        return Stream.concat(Stream.of(subject, name, email).filter(c -> c != null), cleared.stream());
    }
}
