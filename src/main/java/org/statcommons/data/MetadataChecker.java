package org.statcommons.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Reads a typed dataset description ({@link DatasetForm}) into {@link DatasetMetadata}, whichever channel brings it
 * (form or API): every bad field is named at once, and nothing is stored while one remains. Codes are checked against
 * their closed lists (EU themes and frequencies, SPDX licences of {@link Licence}, ISO countries, the SDG framework's
 * 17 goals); free texts are bounded so that a huge body costs nothing.
 */
public final class MetadataChecker {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;
    static final int LINE_MAX = 200;
    static final int KEYWORD_MAX = 60;
    static final int KEYWORDS_MAX = 30;
    static final int CODES_MAX = 60;
    static final int URLS_MAX = 20;
    static final int URL_MAX = 500;

    /** A goal (1–17), a target (17.1, 6.a) or an indicator (17.1.1, 6.a.1). */
    private static final Pattern SDG = Pattern.compile("(\\d{1,2})(\\.(\\d{1,2}|[a-z]))?(\\.\\d{1,2})?");

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public DatasetMetadata check(DatasetForm form) {
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("data.field.title"), form.title(), TITLE_MAX, true);
        String description =
                input.block("description", Text.of("data.field.description"), form.description(), TEXT_MAX, false);
        List<String> keywords = keywords(input, form.keywords());
        List<DataTheme> themes = new ArrayList<>();
        for (String code : items(input, "themes", form.themes(), CODES_MAX)) {
            DataTheme.byCode(code)
                    .ifPresentOrElse(
                            themes::add, () -> input.error("themes", Text.of("data.input.theme", shown(code))));
        }
        List<String> sdgCodes = new ArrayList<>();
        for (String code : items(input, "sdgCodes", form.sdgCodes(), CODES_MAX)) {
            var match = SDG.matcher(code.toLowerCase(Locale.ROOT));
            int goal = match.matches() ? Integer.parseInt(match.group(1)) : 0;
            if (goal < 1 || goal > 17) {
                input.error("sdgCodes", Text.of("data.input.sdg", shown(code)));
            } else {
                sdgCodes.add(code.toLowerCase(Locale.ROOT));
            }
        }
        String contactName =
                input.line("contactName", Text.of("data.field.contact-name"), form.contactName(), LINE_MAX, false);
        String contactEmail = email(input, form.contactEmail());
        LocalDate start = input.day("temporalStart", Text.of("data.field.temporal-start"), form.temporalStart(), false);
        LocalDate end = input.day("temporalEnd", Text.of("data.field.temporal-end"), form.temporalEnd(), false);
        if (start != null && end != null && end.isBefore(start)) {
            input.error("temporalEnd", Text.of("data.input.temporal-order"));
        }
        List<String> countries = new ArrayList<>();
        for (String code : items(input, "countries", form.countries(), 300)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (COUNTRIES.contains(upper)) {
                countries.add(upper);
            } else {
                input.error("countries", Text.of("data.input.country", shown(code)));
            }
        }
        Frequency frequency = null;
        if (!blank(form.frequency())) {
            frequency = Frequency.byCode(form.frequency().strip()).orElse(null);
            if (frequency == null) {
                input.error("frequency", Text.of("data.input.frequency", shown(form.frequency())));
            }
        }
        Licence licence = Licence.DEFAULT;
        if (!blank(form.licence())) {
            licence = Licence.bySpdx(form.licence().strip()).orElse(Licence.DEFAULT);
            if (Licence.bySpdx(form.licence().strip()).isEmpty()) {
                input.error("licence", Text.of("data.input.licence", shown(form.licence())));
            }
        }
        AccessRights rights =
                choice(input, "accessRights", form.accessRights(), AccessRights.class, AccessRights.PUBLIC);
        List<String> conformsTo = new ArrayList<>();
        for (String url : items(input, "conformsTo", form.conformsTo(), URLS_MAX)) {
            if (url.length() > URL_MAX || !URL.matcher(url).matches()) {
                input.error("conformsTo", Text.of("data.input.url", shown(url)));
            } else {
                conformsTo.add(url);
            }
        }
        String provenance =
                input.block("provenance", Text.of("data.field.provenance"), form.provenance(), TEXT_MAX, false);
        String methodology = input.line(
                "methodologyPage", Text.of("data.field.methodology-page"), form.methodologyPage(), 250, false);
        String qualityStatement = input.block(
                "qualityStatement", Text.of("data.field.quality-statement"), form.qualityStatement(), TEXT_MAX, false);
        ProducerType producer =
                choice(input, "producerType", form.producerType(), ProducerType.class, ProducerType.STATISTICAL_OFFICE);
        String collection = input.block(
                "collectionMethod", Text.of("data.field.collection-method"), form.collectionMethod(), TEXT_MAX, false);
        String[] typed = form.scores();
        Integer[] scores = new Integer[typed.length];
        for (int i = 0; i < typed.length; i++) {
            scores[i] = score(input, QualityAssessment.DIMENSIONS[i], typed[i]);
        }
        input.throwIfInvalid();
        return new DatasetMetadata(
                title,
                description,
                keywords,
                themes,
                sdgCodes,
                contactName,
                contactEmail,
                start,
                end,
                countries,
                frequency,
                licence,
                rights,
                conformsTo,
                provenance,
                methodology.isEmpty() ? null : methodology,
                qualityStatement,
                producer,
                collection,
                new QualityAssessment(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]));
    }

    private static List<String> keywords(TextInput input, List<String> typed) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : items(input, "keywords", typed, KEYWORDS_MAX)) {
            String checked = input.line("keywords", Text.of("data.field.keywords"), keyword, KEYWORD_MAX, false);
            if (!checked.isEmpty() && !keywords.contains(checked)) {
                keywords.add(checked);
            }
        }
        return keywords;
    }

    /** The values of a list field, each value split on commas, semicolons and lines, blanks dropped, distinct. */
    private static List<String> items(TextInput input, String field, List<String> typed, int max) {
        Set<String> items = new LinkedHashSet<>();
        for (String value : typed) {
            if (value == null) {
                continue;
            }
            if (value.length() > max * (URL_MAX + 2)) {
                input.error(field, Text.of("data.input.too-many", max));
                return List.of();
            }
            for (String item : value.split("[,;\\r\\n]+")) {
                if (!item.isBlank() && items.add(item.strip()) && items.size() > max) {
                    // refused as soon as one too many is read: a list of a million is not read to its end
                    input.error(field, Text.of("data.input.too-many", max));
                    return List.of();
                }
            }
        }
        return List.copyOf(items);
    }

    private static String email(TextInput input, String typed) {
        if (blank(typed)) {
            return "";
        }
        try {
            return EmailAddress.parse("contactEmail", typed).value();
        } catch (InvalidInputException e) {
            input.error("contactEmail", Text.of("data.input.email", shown(typed)));
            return "";
        }
    }

    private static Integer score(TextInput input, String dimension, String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            int score = Integer.parseInt(typed.strip());
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        input.error(dimension, Text.of("data.input.score", shown(typed), Text.of("data.quality." + dimension)));
        return null;
    }

    private static <E extends Enum<E>> E choice(TextInput input, String field, String typed, Class<E> type, E none) {
        if (blank(typed)) {
            return none;
        }
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            input.error(field, Text.of("data.input.choice", shown(typed)));
            return none;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** What a refusal repeats of a typed value: enough to recognise it, never a page of text. */
    private static String shown(String typed) {
        String text = typed.strip();
        return text.codePointCount(0, text.length()) <= 40
                ? text
                : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }
}
