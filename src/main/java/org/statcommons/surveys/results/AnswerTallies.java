package org.statcommons.surveys.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What results are made of, counted by PostgreSQL over a wave's submitted responses, never read answer by answer:
 * answers per question, item and option summed from the counts kept at submission ({@code surveys.answer_counts},
 * {@code surveys.answered_counts}, by country and kind of organisation); respondents, the groups the filters offer,
 * numbers' means and medians (a median cannot be summed) and the paired differences of pseudonymous respondents
 * between two waves counted from {@code surveys.responses} and {@code surveys.answers} (index
 * {@code answers_by_question}).
 */
@Repository
class AnswerTallies {

    /** How many submitted responses gave this option (to this item), and the sum of their numbers (ranks). */
    record Tally(String questionCode, String itemCode, String optionCode, long count, BigDecimal sum) {}

    /** How many submitted responses answered a question (an item of a matrix). */
    record Answered(String questionCode, String itemCode, long respondents) {}

    /** A number question's figures. */
    record NumberFigures(String questionCode, long count, double mean, double median, BigDecimal min, BigDecimal max) {}

    /** How many respondents moved by {@code difference} points on a Likert item from one wave to the next. */
    record Difference(String questionCode, String itemCode, int difference, long count) {}

    private static final String FILTER = " r.submitted_at is not null and (cast(? as text) is null or r.country = ?)"
            + " and (cast(? as text) is null or r.organisation_kind = ?)";

    /** The same filter over the kept counts, whose rows say '' for no country or kind. */
    private static final String KEPT_FILTER =
            " (cast(? as text) is null or country = ?)" + " and (cast(? as text) is null or organisation_kind = ?)";

    private final JdbcClient db;

    AnswerTallies(JdbcClient db) {
        this.db = db;
    }

    long respondents(long waveId, Breakdown by) {
        return db.sql("select count(*) from surveys.responses r where r.wave_id = ? and" + FILTER)
                .params(filter(waveId, by))
                .query(Long.class)
                .single();
    }

    /** The kept counts ({@code surveys.answer_counts}) of the breakdown's submitted answers, summed over its groups. */
    List<Tally> tallies(long waveId, Breakdown by) {
        return db.sql("select question_code, item_code, option_code, sum(answers) as n, sum(total) as total"
                        + " from surveys.answer_counts where wave_id = ? and" + KEPT_FILTER
                        + " group by question_code, item_code, option_code")
                .params(filter(waveId, by))
                .query((rs, n) -> new Tally(
                        rs.getString("question_code"),
                        rs.getString("item_code"),
                        rs.getString("option_code"),
                        rs.getLong("n"),
                        rs.getBigDecimal("total")))
                .list();
    }

    /**
     * How many responses answered each of these questions (lower-case codes), by item, from the kept counts: only
     * needed for the kinds that give several rows per response (multiple choice, ranking); for the others it is the
     * sum of their tallies.
     */
    List<Answered> answered(long waveId, List<String> lowerCaseCodes, Breakdown by) {
        if (lowerCaseCodes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(waveId);
        params.add(lowerCaseCodes.toArray(String[]::new));
        params.addAll(java.util.Arrays.asList(filter(by)));
        return db.sql("select question_code, item_code, sum(responses) as n from surveys.answered_counts"
                        + " where wave_id = ? and lower(question_code) = any (?) and" + KEPT_FILTER
                        + " group by question_code, item_code")
                .params(params)
                .query((rs, n) ->
                        new Answered(rs.getString("question_code"), rs.getString("item_code"), rs.getLong("n")))
                .list();
    }

    List<NumberFigures> numbers(long waveId, List<String> codes, Breakdown by) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(waveId);
        params.add(codes.toArray(String[]::new));
        params.addAll(java.util.Arrays.asList(filter(by)));
        return db.sql("select a.question_code, count(*) as n, avg(a.number) as mean,"
                        + " percentile_cont(0.5) within group (order by a.number) as median,"
                        + " min(a.number) as low, max(a.number) as high"
                        + " from surveys.answers a join surveys.responses r on r.id = a.response_id"
                        + " where a.wave_id = ? and a.question_code = any (?) and a.number is not null and"
                        + FILTER + " group by a.question_code")
                .params(params)
                .query((rs, n) -> new NumberFigures(
                        rs.getString("question_code"),
                        rs.getLong("n"),
                        rs.getDouble("mean"),
                        rs.getDouble("median"),
                        rs.getBigDecimal("low").stripTrailingZeros(),
                        rs.getBigDecimal("high").stripTrailingZeros()))
                .list();
    }

    /** The wave's submitted respondents by country or by kind of organisation ({@code column}), most first. */
    Map<String, Long> groups(long waveId, Group column) {
        Map<String, Long> groups = new LinkedHashMap<>();
        db.sql("select " + column.column + " as g, count(*) as n from surveys.responses"
                        + " where wave_id = ? and submitted_at is not null and " + column.column + " is not null"
                        + " group by " + column.column + " order by n desc, g")
                .param(waveId)
                .query(rs -> {
                    groups.put(rs.getString("g"), rs.getLong("n"));
                });
        return groups;
    }

    /** How many respondents of both waves, paired by pseudonym, the first wave's response within the breakdown. */
    long pairs(long fromWave, long toWave, Breakdown by) {
        List<Object> params = new ArrayList<>();
        params.add(toWave);
        params.add(fromWave);
        params.addAll(java.util.Arrays.asList(filter(by)));
        return db.sql("select count(*) from surveys.responses r join surveys.responses e"
                        + " on e.pseudonym = r.pseudonym and e.wave_id = ? and e.submitted_at is not null"
                        + " where r.wave_id = ? and r.pseudonym is not null and" + FILTER)
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * For each Likert question (and matrix item) of these codes: how many paired respondents moved by each number of
     * points from the first wave to the second (the second's point minus the first's).
     */
    List<Difference> differences(long fromWave, long toWave, List<String> codes, Breakdown by) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(toWave);
        params.add(toWave);
        params.add(fromWave);
        params.add(codes.toArray(String[]::new));
        params.addAll(java.util.Arrays.asList(filter(by)));
        return db.sql("select a.question_code, a.item_code, cast(b.number - a.number as integer) as d, count(*) as n"
                        + " from surveys.answers a join surveys.responses r on r.id = a.response_id"
                        + " join surveys.responses e on e.pseudonym = r.pseudonym and e.wave_id = ?"
                        + "   and e.submitted_at is not null"
                        + " join surveys.answers b on b.response_id = e.id and b.wave_id = ?"
                        + "   and lower(b.question_code) = lower(a.question_code) and b.item_code = a.item_code"
                        + " where a.wave_id = ? and a.question_code = any (?) and r.pseudonym is not null"
                        + "   and a.number is not null and b.number is not null and" + FILTER
                        + " group by a.question_code, a.item_code, d")
                .params(params)
                .query((rs, n) -> new Difference(
                        rs.getString("question_code"), rs.getString("item_code"), rs.getInt("d"), rs.getLong("n")))
                .list();
    }

    /** Whether the account owns the survey or was named its analyst: the standings the policy is told. */
    boolean owns(long surveyId, long accountId) {
        return db.sql("select exists (select 1 from surveys.owners where survey_id = ? and account_id = ?)")
                .params(surveyId, accountId)
                .query(Boolean.class)
                .single();
    }

    boolean analyses(long surveyId, long accountId) {
        return db.sql("select exists (select 1 from surveys.analysts where survey_id = ? and account_id = ?)")
                .params(surveyId, accountId)
                .query(Boolean.class)
                .single();
    }

    /** What a breakdown's filter is grouped by. */
    enum Group {
        COUNTRY("country"),
        ORGANISATION_KIND("organisation_kind");

        final String column;

        Group(String column) {
            this.column = column;
        }
    }

    private static Object[] filter(long waveId, Breakdown by) {
        return new Object[] {waveId, by.country(), by.country(), by.organisationKind(), by.organisationKind()};
    }

    private static Object[] filter(Breakdown by) {
        return new Object[] {by.country(), by.country(), by.organisationKind(), by.organisationKind()};
    }
}
