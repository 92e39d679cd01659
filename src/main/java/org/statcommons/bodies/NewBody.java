package org.statcommons.bodies;

/** A body as typed in its form: every field text, checked by {@link CreateBody}. */
public record NewBody(String name, String description) {

    public NewBody {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }
}
