package de.kreativland.transfer.common;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one table of a feature holds personal data.
 *
 * @param name the table
 * @param deleteRows true: the row is about the person named by the first entry of {@code people}
 *     (a contact person, a membership, one's learning progress) and an erasure deletes it; false: the
 *     row stays and the person's columns are pseudonymised
 * @param people every group of columns that names a person (the row's subject first when deleteRows)
 * @param textOnly columns whose names look personal but are no person column (an organisation's name, a
 *     free-text list of participants): only the free-text rewriting applies to them
 */
public record PersonalTable(String name, boolean deleteRows, List<PersonColumns> people, Set<String> textOnly) {
    public PersonalTable {
        people = List.copyOf(people);
        textOnly = Set.copyOf(textOnly);
        if (deleteRows && people.isEmpty()) {
            throw new IllegalArgumentException(name + ": a table whose rows are deleted names their person");
        }
    }

    /** Rows that stay; the person's columns become the pseudonym. */
    public static PersonalTable kept(String name, List<PersonColumns> people, String... textOnly) {
        return new PersonalTable(name, false, people, Set.of(textOnly));
    }

    /** Rows about the person (the first group), deleted by an erasure. */
    public static PersonalTable deleted(String name, List<PersonColumns> people) {
        return new PersonalTable(name, true, people, Set.of());
    }

    /** The columns that one of {@link #people} names. */
    public Set<String> personColumns() {
        return people.stream().flatMap(PersonColumns::columns).collect(Collectors.toUnmodifiableSet());
    }
}
