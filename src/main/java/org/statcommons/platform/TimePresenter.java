package org.statcommons.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows times as one reader reads them: in the zone of their profile, with the offset always written so nobody has
 * to guess or convert. A reader whose profile names no zone (or a zone this Java no longer knows), an anonymous
 * reader and an e-mail to someone without a zone get UTC, written "UTC+00:00" like any other offset. Every screen
 * and e-mail formats its times here (templates reach it as {@code times}), so one time reads alike everywhere.
 *
 * <p>Immutable: one per reader, made per request or per recipient.
 */
public final class TimePresenter {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    /**
     * A time written into a stored text ({@link #mark}), shown in each reader's zone ({@link #text}). Bounded parts:
     * a title of any length is scanned in linear time.
     */
    private static final String MARK = "\\{\\{time ([0-9TZ:.+-]{20,35}) ([A-Za-z0-9/_+-]{1,40})}}";

    /** What {@link #literal} puts after each "{" of typed text. */
    private static final char JOINER = '\u2060';

    /** A mark, or a typed "{" with its joiner. */
    private static final Pattern MARK_OR_TYPED = Pattern.compile(MARK + "|\\{" + JOINER);

    private final ZoneId zone;
    private final boolean assumed;

    private TimePresenter(ZoneId zone, boolean assumed) {
        this.zone = zone;
        this.assumed = assumed;
    }

    /** For a reader whose zone is this IANA name; null, blank or unknown means UTC, marked as assumed. */
    public static TimePresenter forZone(String zoneId) {
        ZoneId zone = zoneOf(zoneId);
        return zone == null ? new TimePresenter(UTC, true) : new TimePresenter(zone, false);
    }

    /** For a reader in this zone. */
    public static TimePresenter in(ZoneId zone) {
        return new TimePresenter(zone, false);
    }

    /** For someone signed out: UTC, which they did not choose. */
    public static TimePresenter anonymous() {
        return new TimePresenter(UTC, true);
    }

    /** The zone named, or null when the name is null, blank or not a zone this Java knows. */
    public static ZoneId zoneOf(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The reader's zone (UTC when {@link #assumed()}). */
    public ZoneId zone() {
        return zone;
    }

    /** The zone's name as shown: "Asia/Kathmandu", or "UTC". */
    public String zoneName() {
        return assumed || zone.equals(UTC) ? "UTC" : zone.getId();
    }

    /** True when the reader chose no zone (or is signed out), so times are in UTC. */
    public boolean assumed() {
        return assumed;
    }

    /** "2026-12-01 19:45 UTC+05:45": lists, histories, notices. Empty for no time. */
    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return MOMENT.format(local) + " " + offset(local);
    }

    /** "Tue 1 Dec 2026, 19:45 (Asia/Kathmandu, UTC+05:45)": a meeting's time, a deadline. Empty for no time. */
    public String full(Instant instant) {
        return full(instant, zone, zoneName());
    }

    /** The same in another zone ("Tue 1 Dec 2026, 15:00 (Europe/Paris, UTC+01:00)"), such as the organiser's. */
    public String full(Instant instant, ZoneId other) {
        return full(instant, other, other.equals(UTC) ? "UTC" : other.getId());
    }

    /**
     * The reader's time first, then the other zone's when its clocks read differently then ("… — Europe/Paris: Tue 1
     * Dec 2026, 15:00"): meetings show the organiser's time second, the one the meeting was set in.
     */
    public String fullWith(Instant instant, ZoneId other) {
        if (instant == null) {
            return "";
        }
        String mine = full(instant);
        if (other == null
                || instant.atZone(other).getOffset().equals(instant.atZone(zone).getOffset())) {
            return mine;
        }
        ZonedDateTime there = instant.atZone(other);
        return mine + " — " + (other.equals(UTC) ? "UTC" : other.getId()) + ": " + FULL.format(there);
    }

    /**
     * A time to keep inside a text that many people will read, such as an activity's title ("“Review” is scheduled
     * for {{time 2026-12-01T14:00:00Z Europe/Paris}}"): {@link #text} shows it to each reader in their own zone,
     * with the zone it was set in second.
     */
    public static String mark(Instant instant, ZoneId setIn) {
        return "{{time " + instant + " " + setIn.getId() + "}}";
    }

    /**
     * Text someone typed (a meeting's or a discussion's title, a name), made fit to be joined into a text that
     * {@link #text} will show: a word joiner (U+2060, invisible) goes after each of its "{", so that it never holds
     * two braces in a row and so never a mark, whatever was typed. {@link #text} takes the joiners out again, so the
     * reader sees exactly what was typed, "{{time …}}" included.
     */
    public static String literal(String typed) {
        return typed == null || typed.indexOf('{') < 0 ? typed : typed.replace("{", "{" + JOINER);
    }

    /**
     * The text with every {@link #mark marked} time shown for this reader; anything that is not a valid mark stays,
     * and {@link #literal typed text} shows as typed.
     */
    public String text(String text) {
        if (text == null || (!text.contains("{{time ") && text.indexOf(JOINER) < 0)) {
            return text;
        }
        // one pass: a typed "{" with its joiner is never read again as the start of a mark
        Matcher m = MARK_OR_TYPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String shown = m.group();
            if (m.group(1) == null) {
                shown = "{";
            } else {
                try {
                    shown = fullWith(Instant.parse(m.group(1)), ZoneId.of(m.group(2)));
                } catch (DateTimeException e) {
                    // not a time this server wrote: left as typed
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "2026-12-01" in the reader's zone. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "1 December 2026" in the reader's zone. */
    public String longDate(Instant instant) {
        return instant == null ? "" : LONG_DATE.format(instant.atZone(zone));
    }

    /** "Tue 14:00–15:30" in the zone; the end with its weekday when it falls on another day ("Tue 23:00–Wed 00:30"). */
    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        String to = s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : DAY_TIME.format(e);
        return DAY_TIME.format(s) + "–" + to;
    }

    /** "Tue 14:00–15:30" in the reader's zone. */
    public String span(Instant start, Instant end) {
        return span(start, end, zone);
    }

    private static String full(Instant instant, ZoneId in, String name) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(in);
        return FULL.format(local) + " (" + ("UTC".equals(name) ? "" : name + ", ") + offset(local) + ")";
    }

    private static String offset(ZonedDateTime local) {
        String id = local.getOffset().getId();
        return "UTC" + ("Z".equals(id) ? "+00:00" : id);
    }
}
