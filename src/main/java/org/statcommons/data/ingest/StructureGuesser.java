package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A first guess at an upload's structure from its header and first rows, for the publisher to confirm: SDMX names
 * first ({@code TIME_PERIOD}, {@code OBS_VALUE}, {@code OBS_STATUS}…), then usual names (year, period, value, status,
 * note), then the values: numbers are measures, periods the time, codes dimensions with the code list they all fit.
 */
@Component
class StructureGuesser {

    private static final Set<String> IGNORED = Set.of("DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "ACTION");
    private static final Set<String> TIMES = Set.of("TIME_PERIOD", "TIME", "PERIOD", "YEAR", "DATE", "REF_PERIOD");
    private static final Set<String> MEASURES = Set.of("OBS_VALUE", "VALUE");
    private static final Set<String> ATTRIBUTES = Set.of(
            "OBS_STATUS",
            "OBS_CONF",
            "CONF_STATUS",
            "UNIT_MULT",
            "UNIT_MEASURE",
            "DECIMALS",
            "COMMENT_OBS",
            "OBS_COMMENT",
            "FOOTNOTE",
            "FOOTNOTES",
            "NOTE",
            "NOTES",
            "COMMENT",
            "STATUS",
            "FLAG",
            "FLAGS",
            "SOURCE");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[]([^)\\]]+)[)\\]]\\s*$");

    List<Column> guess(List<String> header, List<String[]> sample) {
        List<Column> columns = new ArrayList<>();
        boolean timeTaken = false;
        // in an Open SDG file every column but Year and Value is a disaggregation, numbers too (a GeoCode, an age)
        boolean openSdg = OpenSdgTotals.isOpenSdg(header);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String key = upper(name);
            List<String> values = new ArrayList<>();
            for (String[] row : sample) {
                if (!row[i].isEmpty()) {
                    values.add(row[i]);
                }
            }
            Role role;
            if (IGNORED.contains(key)) {
                role = Role.IGNORED;
            } else if (!timeTaken
                    && (TIMES.contains(key) || (!values.isEmpty() && allPeriods(values) && !allNumbers(values)))) {
                role = Role.TIME;
            } else if (MEASURES.contains(key)) {
                role = Role.MEASURE;
            } else if (ATTRIBUTES.contains(key)) {
                role = Role.ATTRIBUTE;
            } else if (!timeTaken && allYears(values) && key.contains("YEAR")) {
                role = Role.TIME;
            } else if (!openSdg && !values.isEmpty() && allNumbers(values)) {
                role = Role.MEASURE;
            } else {
                role = Role.DIMENSION;
            }
            timeTaken |= role == Role.TIME;
            String unit = "";
            Matcher unitMatch = UNIT.matcher(name);
            if (role == Role.MEASURE && unitMatch.matches()) {
                unit = unitMatch.group(2);
            }
            columns.add(
                    new Column(i, name, role, role == Role.DIMENSION ? codeList(key, values) : CodeList.FREE, unit));
        }
        // A table of years across (a number column that is a year by name) is left to the publisher to say.
        if (!timeTaken) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (column.role() == Role.MEASURE
                        && allYears(valuesOf(sample, i))
                        && !MEASURES.contains(upper(column.name()))) {
                    columns.set(i, new Column(i, column.name(), Role.TIME, CodeList.FREE, ""));
                    break;
                }
            }
        }
        return columns;
    }

    private static CodeList codeList(String key, List<String> values) {
        if (values.isEmpty()) {
            return CodeList.FREE;
        }
        for (CodeList list : List.of(CodeList.SEX, CodeList.COUNTRY, CodeList.AGE)) {
            if (values.stream().allMatch(list::accepts)) {
                return list;
            }
        }
        return key.contains("SEX") && values.stream().allMatch(CodeList.SEX::accepts) ? CodeList.SEX : CodeList.FREE;
    }

    private static List<String> valuesOf(List<String[]> sample, int i) {
        return sample.stream().map(row -> row[i]).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean allNumbers(List<String> values) {
        return values.stream().allMatch(v -> NUMBER.matcher(v).matches());
    }

    private static boolean allPeriods(List<String> values) {
        return values.stream().allMatch(v -> Periods.of(v).isPresent());
    }

    private static boolean allYears(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> v.matches("^(1[5-9]|2[0-2])\\d\\d$"));
    }

    private static String upper(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
