package org.statcommons.academy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release's version as semantic versions write it: {@code MAJOR.MINOR} or {@code MAJOR.MINOR.PATCH} ({@code 1.0},
 * {@code 1.1}, {@code 2.0.1}), each number of at most six digits without leading zeros. {@code 1.0} and
 * {@code 1.0.0} are the same version. Ordered by its numbers, not as text ({@code 1.10} comes after {@code 1.9}).
 */
record ReleaseVersion(int major, int minor, int patch, String text) implements Comparable<ReleaseVersion> {

    private static final Pattern SHAPE =
            Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})(?:\\.(0|[1-9][0-9]{0,5}))?");

    /** The version typed, or empty when it is not of that shape. */
    static Optional<ReleaseVersion> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.startsWith("v")) {
            text = text.substring(1);
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseVersion(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                text));
    }

    /** The version after this one that a maintainer most often wants: the next minor ({@code 1.1} after {@code 1.0}). */
    ReleaseVersion nextMinor() {
        return new ReleaseVersion(major, minor + 1, 0, major + "." + (minor + 1));
    }

    /** The Git tag that names the release in the course's repository. */
    String tag() {
        return "v" + text;
    }

    @Override
    public int compareTo(ReleaseVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }
}
