package de.kreativland.transfer.common;

import java.util.List;

/** A status of a lifecycle (concept, tandem, reporting period, selection decision): the steps it allows. */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {
    /** The statuses reachable from this one, whoever asks. */
    List<S> next();

    String name();

    /** 409 naming the allowed steps when this status does not lead to {@code to}. */
    default void requireStep(S to) {
        if (!next().contains(to)) {
            throw Problems.illegalTransition(name(), to.name(), next().stream().map(Enum::name).toList());
        }
    }
}
