package org.statcommons.platform;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;

/**
 * Shows times as one reader reads them: in the zone of their profile and in their language, with the offset always
 * written so nobody has to guess or convert. English keeps its compact, sortable forms ("2026-12-01 19:45
 * UTC+05:45", "Tue 1 Dec 2026, 19:45 (Asia/Kathmandu, UTC+05:45)"); the other languages get CLDR's forms for the
 * same fields through ICU skeletons ("5 déc. 2026, 14:30 UTC+01:00", "сб, 5 дек. 2026 г., 14:30 (Центральная Европа,
 * UTC+01:00)"), the zone named as CLDR names it in that language, digits as CLDR's default numbering system for the
 * language gives them (Latin digits for Arabic in CLDR 46, as ICU 79 has it). The offset is always "UTC±hh:mm". A reader whose profile names no zone (or a zone this Java no longer knows), an anonymous
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

    /** The skeletons (CLDR's fields, in no order) of each form, for the languages other than English. */
    private static final String MOMENT_SKELETON = "yMMMdjmm";

    /** A date under the zones' current rules, for a zone's name with no time to name it at. */
    private static final Instant TODAYS_RULES = Instant.parse("2026-01-01T00:00:00Z");

    private static final String FULL_SKELETON = "yMMMEdjmm";
    private static final String DATE_SKELETON = "yMMMd";
    private static final String LONG_DATE_SKELETON = "yMMMMd";
    private static final String TIME_SKELETON = "jmm";
    private static final String DAY_TIME_SKELETON = "Ejmm";

    /**
     * The patterns of each offered language other than English, found once: every request and every e-mail asks for
     * a presenter in its language, and asking CLDR (a pattern generator and six skeletons) costs more than the times
     * of a whole page.
     */
    private static final Map<Locale, Patterns> OFFERED = Language.ALL.stream()
            .map(Language::locale)
            .filter(locale -> !"en".equals(locale.getLanguage()))
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Patterns::of));

    private final ZoneId zone;
    private final boolean assumed;
    /** The reader's language; null for English, which keeps its own fixed forms. */
    private final Patterns patterns;

    private TimePresenter(ZoneId zone, boolean assumed, Patterns patterns) {
        this.zone = zone;
        this.assumed = assumed;
        this.patterns = patterns;
    }

    private TimePresenter(ZoneId zone, boolean assumed) {
        this(zone, assumed, null);
    }

    /**
     * The patterns CLDR gives a language for each form, found once per presenter: ICU formatters are not thread-safe,
     * so each call makes its own from these.
     */
    private record Patterns(
            ULocale locale, String moment, String full, String date, String longDate, String time, String dayTime) {

        static Patterns of(Locale locale) {
            ULocale language = ULocale.forLocale(locale);
            DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(language);
            return new Patterns(
                    language,
                    generator.getBestPattern(MOMENT_SKELETON),
                    generator.getBestPattern(FULL_SKELETON),
                    generator.getBestPattern(DATE_SKELETON),
                    generator.getBestPattern(LONG_DATE_SKELETON),
                    generator.getBestPattern(TIME_SKELETON),
                    generator.getBestPattern(DAY_TIME_SKELETON));
        }

        String format(String pattern, ZonedDateTime local) {
            SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
            format.setTimeZone(TimeZone.getTimeZone(local.getZone().getId()));
            return format.format(java.util.Date.from(local.toInstant()));
        }

        /** The zone as CLDR names it in this language ("heure d’Europe centrale", "Непал"), or its IANA name. */
        String zoneName(ZoneId zone, Instant at) {
            String name = TimeZoneFormat.getInstance(locale)
                    .format(TimeZoneFormat.Style.GENERIC_LONG, TimeZone.getTimeZone(zone.getId()), at.toEpochMilli());
            return name == null || name.isBlank() ? zone.getId() : name;
        }
    }

    /**
     * The same reader's times in this language (the request's, or an e-mail's recipient's); English, or a language
     * CLDR does not know, keeps the English forms.
     */
    public TimePresenter inLanguage(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
            return new TimePresenter(zone, assumed);
        }
        Patterns offered = OFFERED.get(locale);
        return new TimePresenter(zone, assumed, offered != null ? offered : Patterns.of(locale));
    }

    /** The language times are written in. */
    public Locale locale() {
        return patterns == null ? Locale.ENGLISH : patterns.locale().toLocale();
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

    /** The zone's name as shown: "Asia/Kathmandu" (in French "heure du Népal"), or "UTC". */
    public String zoneName() {
        // CLDR names a zone by the rules in force at a date (Paris in 1970, without summer time, was "Central European
        // Standard Time"); any date under today's rules gives the generic name
        return zoneName(zone, TODAYS_RULES);
    }

    private String zoneName(ZoneId in, Instant at) {
        if (in.equals(UTC)) {
            return "UTC";
        }
        return patterns == null ? in.getId() : patterns.zoneName(in, at);
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
        return (patterns == null ? MOMENT.format(local) : patterns.format(patterns.moment(), local)) + " "
                + offset(local);
    }

    /** "Tue 1 Dec 2026, 19:45 (Asia/Kathmandu, UTC+05:45)": a meeting's time, a deadline. Empty for no time. */
    public String full(Instant instant) {
        return instant == null ? "" : full(instant, zone, zoneName(zone, instant));
    }

    /** The same in another zone ("Tue 1 Dec 2026, 15:00 (Europe/Paris, UTC+01:00)"), such as the organiser's. */
    public String full(Instant instant, ZoneId other) {
        return instant == null ? "" : full(instant, other, zoneName(other, instant));
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
        return words(
                "platform.time.also",
                mine,
                zoneName(other, instant),
                patterns == null ? FULL.format(there) : patterns.format(patterns.full(), there));
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
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return patterns == null ? DATE.format(local) : patterns.format(patterns.date(), local);
    }

    /**
     * A day of the calendar, the same in every zone (a term's first day, a workplan's period, a report's due date):
     * "2027-01-01" in English, CLDR's form of a day in the reader's language ("1 janv. 2027"). Texts of the bundles
     * given a {@link LocalDate} as an argument show it so too ({@code i18n.Bundles}).
     */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        ZonedDateTime local = day.atStartOfDay(ZoneOffset.UTC);
        return patterns == null ? DATE.format(local) : patterns.format(patterns.date(), local);
    }

    /** "1 December 2026" in the reader's zone. */
    public String longDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return patterns == null ? LONG_DATE.format(local) : patterns.format(patterns.longDate(), local);
    }

    /** "Tue 14:00–15:30" in the zone; the end with its weekday when it falls on another day ("Tue 23:00–Wed 00:30"). */
    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        String to = s.toLocalDate().equals(e.toLocalDate()) ? TIME.format(e) : DAY_TIME.format(e);
        return DAY_TIME.format(s) + "–" + to;
    }

    /** "Tue 14:00–15:30" in the reader's zone and language. */
    public String span(Instant start, Instant end) {
        if (patterns == null) {
            return span(start, end, zone);
        }
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        String to = patterns.format(s.toLocalDate().equals(e.toLocalDate()) ? patterns.time() : patterns.dayTime(), e);
        return patterns.format(patterns.dayTime(), s) + "–" + to;
    }

    /**
     * How long ago (or how far ahead) a moment is from {@code now}, as the reader's language says it: "3 hours ago",
     * "il y a 3 heures", "через 2 дня", "قبل 3 ساعات"; "now" within a minute.
     */
    public String relative(Instant instant, Instant now) {
        if (instant == null) {
            return "";
        }
        RelativeDateTimeFormatter format =
                RelativeDateTimeFormatter.getInstance(patterns == null ? ULocale.ENGLISH : patterns.locale());
        Duration between = Duration.between(now, instant);
        long seconds = between.getSeconds();
        long away = Math.abs(seconds);
        if (away < 60) {
            return format.format(RelativeDateTimeFormatter.Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        RelativeDateTimeFormatter.RelativeDateTimeUnit unit;
        long count;
        if (away < 3600) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE;
            count = away / 60;
        } else if (away < 86_400) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR;
            count = away / 3600;
        } else if (away < 30 * 86_400L) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY;
            count = away / 86_400;
        } else if (away < 365 * 86_400L) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.MONTH;
            count = away / (30 * 86_400L);
        } else {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.YEAR;
            count = away / (365 * 86_400L);
        }
        return format.formatNumeric(seconds < 0 ? -count : count, unit);
    }

    /**
     * Calendar months ("March 2026", "mars 2026"; with {@code brief}, "Mar 2026") in the reader's language: months of
     * figures counted by UTC days, so no zone applies. One format for many months (making one costs more than using it).
     */
    public java.util.function.Function<java.time.LocalDate, String> months(boolean brief) {
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton(
                brief ? "yMMM" : "yMMMM", patterns == null ? ULocale.ENGLISH : patterns.locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return day -> format.format(java.util.Date.from(
                day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * Counts as {@link #count} writes them, with one format for many (a table of figures has hundreds of counts, and
     * making a format costs more than using it).
     */
    public java.util.function.LongFunction<String> counts() {
        NumberFormat format = NumberFormat.getIntegerInstance(patterns == null ? ULocale.ENGLISH : patterns.locale());
        return format::format;
    }

    /** A count ("1,234"; "1 234" in French and Russian) with the reader's language's grouping. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(patterns == null ? ULocale.ENGLISH : patterns.locale())
                .format(value);
    }

    private String full(Instant instant, ZoneId in, String name) {
        ZonedDateTime local = instant.atZone(in);
        String written = patterns == null ? FULL.format(local) : patterns.format(patterns.full(), local);
        return "UTC".equals(name)
                ? words("platform.time.in-utc", written, offset(local))
                : words("platform.time.in-zone", written, name, offset(local));
    }

    /** A time and its zone put together with the language's own punctuation ("…（法国时间，UTC+01:00）"). */
    private String words(String key, Object... parts) {
        return Bundles.bundled().format(key, parts, locale());
    }

    private static String offset(ZonedDateTime local) {
        String id = local.getOffset().getId();
        return "UTC" + ("Z".equals(id) ? "+00:00" : id);
    }
}
