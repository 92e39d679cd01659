package org.statcommons.surveys.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.surveys.Item;
import org.statcommons.surveys.Option;
import org.statcommons.surveys.Question;
import org.statcommons.surveys.QuestionKind;
import org.statcommons.surveys.Questionnaire;
import org.statcommons.surveys.RespondentMode;

/**
 * Writes an export as CSV (RFC 4180 through Apache Commons CSV) while its rows come from the database cursor, so the
 * size of a survey does not matter. Columns have fixed English names. Who answered is what the mode keeps: the
 * account's number (identified), the pseudonym (pseudonymous: never an account), nothing (anonymous); responses are
 * numbered in the export instead of by their stored id. A text cell a spreadsheet would run as a formula is written
 * after an apostrophe (OWASP); codes and numbers are written as they are.
 */
@Component
class AnswerCsvWriter {

    static final List<String> LONG = List.of(
            "wave",
            "wave_label",
            "response",
            "respondent",
            "country",
            "organisation_kind",
            "submitted_at",
            "question_code",
            "item_code",
            "option_code",
            "number",
            "text");

    static final List<String> WIDE_FIRST =
            List.of("response", "respondent", "country", "organisation_kind", "submitted_at");

    static final List<String> CODEBOOK = List.of(
            "wave",
            "wave_label",
            "section",
            "question_code",
            "kind",
            "question",
            "required",
            "scale_points",
            "min",
            "max",
            "condition",
            "removed",
            "item_code",
            "item_label",
            "option_code",
            "option_label");

    private final RawAnswers answers;
    private final TransactionTemplate reading;

    AnswerCsvWriter(RawAnswers answers, PlatformTransactionManager transactions) {
        this.answers = answers;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    void write(ExportAnswers.Export export, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            switch (export.format()) {
                case LONG -> writeLong(export, printer);
                case WIDE -> writeWide(export, printer);
                case CODEBOOK -> writeCodebook(export, printer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLong(ExportAnswers.Export export, CSVPrinter printer) throws IOException {
        printer.printRecord(LONG);
        long[] number = {0};
        for (int w = 0; w < export.waves().size(); w++) {
            Questionnaire wave = export.waves().get(w);
            Set<String> countries = export.countries().get(w);
            Set<String> kinds = export.kinds().get(w);
            long[] last = {-1};
            reading.executeWithoutResult(status -> answers.each(wave.wave().id(), row -> {
                if (row.responseId() != last[0]) {
                    last[0] = row.responseId();
                    number[0]++;
                }
                if (row.questionCode() == null) {
                    return;
                }
                printer.printRecord(
                        wave.wave().position(),
                        safe(wave.wave().label()),
                        number[0],
                        respondent(export, row),
                        shown(row.country(), countries),
                        shown(row.organisationKind(), kinds),
                        row.submittedAt(),
                        row.questionCode(),
                        row.itemCode(),
                        row.optionCode(),
                        row.number() == null ? "" : row.number().toPlainString(),
                        row.text() == null ? "" : safe(row.text()));
            }));
        }
    }

    private void writeWide(ExportAnswers.Export export, CSVPrinter printer) throws IOException {
        Questionnaire wave = export.waves().get(0);
        Set<String> countries = export.countries().get(0);
        Set<String> kinds = export.kinds().get(0);
        // a column per question, or per option (multiple choice, ranking) or item (matrix)
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, QuestionKind> kindOf = new HashMap<>();
        Map<String, List<Integer>> optionColumns = new HashMap<>();
        List<String> header = new ArrayList<>(WIDE_FIRST);
        for (Question q : (Iterable<Question>) wave.questions()::iterator) {
            kindOf.put(q.code().toLowerCase(Locale.ROOT), q.kind());
            if (q.kind() == QuestionKind.MULTIPLE_CHOICE || q.kind() == QuestionKind.RANKING) {
                for (Option o : q.options()) {
                    columns.put(key(q.code(), o.code()), header.size());
                    optionColumns
                            .computeIfAbsent(q.code().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(header.size());
                    header.add(q.code() + "." + o.code());
                }
            } else if (q.kind() == QuestionKind.LIKERT_MATRIX) {
                for (Item i : q.items()) {
                    columns.put(key(q.code(), i.code()), header.size());
                    header.add(q.code() + "." + i.code());
                }
            } else {
                columns.put(key(q.code(), ""), header.size());
                header.add(q.code());
            }
        }
        printer.printRecord(header);
        String[][] current = {null};
        long[] last = {-1};
        long[] number = {0};
        reading.executeWithoutResult(status -> answers.each(wave.wave().id(), row -> {
            if (row.responseId() != last[0]) {
                if (current[0] != null) {
                    printer.printRecord((Object[]) current[0]);
                }
                last[0] = row.responseId();
                number[0]++;
                current[0] = new String[header.size()];
                java.util.Arrays.fill(current[0], "");
                current[0][0] = Long.toString(number[0]);
                current[0][1] = respondent(export, row);
                current[0][2] = shown(row.country(), countries);
                current[0][3] = shown(row.organisationKind(), kinds);
                current[0][4] =
                        row.submittedAt() == null ? "" : row.submittedAt().toString();
            }
            if (row.questionCode() == null) {
                return;
            }
            QuestionKind kind = kindOf.get(row.questionCode().toLowerCase(Locale.ROOT));
            if (kind == null) {
                return;
            }
            switch (kind) {
                case MULTIPLE_CHOICE -> {
                    // every option of an answered question is 0 unless chosen
                    for (int column :
                            optionColumns.getOrDefault(row.questionCode().toLowerCase(Locale.ROOT), List.of())) {
                        if (current[0][column].isEmpty()) {
                            current[0][column] = "0";
                        }
                    }
                    put(current[0], columns, key(row.questionCode(), row.optionCode()), "1");
                }
                case RANKING -> put(current[0], columns, key(row.questionCode(), row.optionCode()), plain(row));
                case LIKERT_MATRIX -> put(current[0], columns, key(row.questionCode(), row.itemCode()), plain(row));
                case NUMBER -> put(current[0], columns, key(row.questionCode(), ""), plain(row));
                case SHORT_TEXT, LONG_TEXT ->
                    put(current[0], columns, key(row.questionCode(), ""), row.text() == null ? "" : safe(row.text()));
                default -> put(current[0], columns, key(row.questionCode(), ""), row.optionCode());
            }
        }));
        if (current[0] != null) {
            printer.printRecord((Object[]) current[0]);
        }
    }

    private static void writeCodebook(ExportAnswers.Export export, CSVPrinter printer) throws IOException {
        printer.printRecord(CODEBOOK);
        for (Questionnaire wave : export.waves()) {
            for (org.statcommons.surveys.Section section : wave.sections()) {
                for (Question q : section.questions()) {
                    List<Object> question = List.of(
                            wave.wave().position(),
                            safe(wave.wave().label()),
                            safe(section.title()),
                            q.code(),
                            q.kind().name(),
                            safe(q.text()),
                            q.required() ? "yes" : "no",
                            q.scalePoints() == null ? "" : q.scalePoints(),
                            q.min() == null ? "" : q.min().toPlainString(),
                            q.max() == null ? "" : q.max().toPlainString(),
                            q.condition() == null
                                    ? ""
                                    : q.condition().questionCode() + "="
                                            + q.condition().optionCode(),
                            q.removed() ? "yes" : "no");
                    List<Object> row = new ArrayList<>(question);
                    row.addAll(List.of("", "", "", ""));
                    printer.printRecord(row);
                    for (Item i : q.items()) {
                        row = new ArrayList<>(question.subList(0, 4));
                        row.addAll(List.of("", "", "", "", "", "", "", i.removed() ? "yes" : "no"));
                        row.addAll(List.of(i.code(), safe(i.label()), "", ""));
                        printer.printRecord(row);
                    }
                    for (Option o : q.options()) {
                        row = new ArrayList<>(question.subList(0, 4));
                        row.addAll(List.of("", "", "", "", "", "", "", o.removed() ? "yes" : "no"));
                        row.addAll(List.of("", "", o.code(), safe(o.label())));
                        printer.printRecord(row);
                    }
                }
            }
        }
    }

    /** Who gave a row, as far as the survey's mode lets anyone know. */
    private static String respondent(ExportAnswers.Export export, RawAnswers.Row row) {
        RespondentMode mode = export.survey().mode();
        if (mode == RespondentMode.IDENTIFIED && row.accountId() != null) {
            return Long.toString(row.accountId());
        }
        if (mode == RespondentMode.PSEUDONYMOUS && row.pseudonym() != null) {
            return row.pseudonym();
        }
        return "";
    }

    private static String shown(String group, Set<String> named) {
        return group != null && named.contains(group) ? group : "";
    }

    private static String plain(RawAnswers.Row row) {
        return row.number() == null ? "" : row.number().toPlainString();
    }

    private static void put(String[] row, Map<String, Integer> columns, String key, String value) {
        Integer column = columns.get(key);
        if (column != null) {
            row[column] = value;
        }
    }

    private static String key(String code, String sub) {
        return code.toLowerCase(Locale.ROOT) + "\u0000" + sub.toLowerCase(Locale.ROOT);
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
