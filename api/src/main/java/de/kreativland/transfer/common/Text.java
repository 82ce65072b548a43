package de.kreativland.transfer.common;

import java.util.Arrays;

/**
 * A message of the API before it has a language: a key of {@code messages/problems.properties} (English) and
 * {@code problems_de.properties} (German) and its arguments. Arguments that are themselves texts are translated too.
 */
public record Text(String key, Object... args) {

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return Messages.format(Messages.ENGLISH, this);
    }
}
