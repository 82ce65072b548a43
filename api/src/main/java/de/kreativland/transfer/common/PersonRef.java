package de.kreativland.transfer.common;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person as the tables know them: Keycloak subjects, e-mail addresses (lower case) and the names
 * copied next to them. A look-up starts from one subject or one e-mail address; the features add what
 * their rows name beside it (see {@link PersonalDataHolder#identify}).
 */
public record PersonRef(Set<String> subjects, Set<String> emails, Set<String> names) {
    /** Names shorter than this are matched only as a whole column value, never inside free text. */
    static final int MIN_TEXT_NAME = 5;

    public PersonRef {
        subjects = Set.copyOf(new TreeSet<>(subjects));
        emails = Set.copyOf(emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        names = Set.copyOf(new TreeSet<>(names));
    }

    public static PersonRef bySubject(String subject) {
        return new PersonRef(Set.of(subject), Set.of(), Set.of());
    }

    public static PersonRef byEmail(String email) {
        return new PersonRef(Set.of(), Set.of(email), Set.of());
    }

    public PersonRef with(PersonRef other) {
        Set<String> s = new TreeSet<>(subjects);
        s.addAll(other.subjects);
        Set<String> e = new TreeSet<>(emails);
        e.addAll(other.emails);
        Set<String> n = new TreeSet<>(names);
        n.addAll(other.names);
        return new PersonRef(s, e, n);
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && emails.isEmpty() && names.isEmpty();
    }

    /**
     * What identifies the person inside free text: subjects, e-mail addresses and names of a first and a
     * last name (a bare user name like "partner" is a common word and would rewrite unrelated text).
     */
    public Set<String> textNeedles() {
        Set<String> needles = new TreeSet<>(subjects);
        needles.addAll(emails);
        names.stream().filter(n -> n.length() >= MIN_TEXT_NAME && n.strip().contains(" ")).forEach(needles::add);
        return needles;
    }
}
