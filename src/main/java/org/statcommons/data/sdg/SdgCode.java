package org.statcommons.data.sdg;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A code of the SDG list: a goal ({@code 5}), a target ({@code 5.2}, {@code 5.a}) or an indicator ({@code 5.2.1}),
 * ordered as the official list orders them (numbers as numbers, letters after them).
 */
record SdgCode(String code) implements Comparable<SdgCode> {

    /** What a code may look like, checked before it is looked up. */
    static final Pattern SHAPE = Pattern.compile("[0-9]{1,2}(\\.[0-9a-z]{1,2}(\\.[0-9]{1,2})?)?");

    public enum Kind {
        GOAL,
        TARGET,
        INDICATOR
    }

    public Kind kind() {
        return Kind.values()[parts().size() - 1];
    }

    public String goal() {
        return parts().get(0);
    }

    /** The code above this one (a target's goal, an indicator's target), or null for a goal. */
    public SdgCode parent() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : new SdgCode(code.substring(0, dot));
    }

    List<String> parts() {
        return List.of(code.split("\\."));
    }

    private static final Comparator<String> PART = Comparator.<String, Boolean>comparing(p -> !p.matches("\\d+"))
            .thenComparing(p -> p.matches("\\d+") ? String.format("%04d", Integer.parseInt(p)) : p);

    @Override
    public int compareTo(SdgCode other) {
        List<String> a = parts();
        List<String> b = other.parts();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = PART.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
