package org.statcommons.meetings;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * An invitee's answers to a poll, parsed from the meeting's screen, the answer link's screen or the API: per
 * candidate time (by id) an answer, or its earlier answer {@code cleared} (sent empty). Whether the candidates are
 * this meeting's is for {@link AnswerPoll}.
 */
record NewAnswers(Map<Long, Answer> answers, Set<Long> cleared) {

    /** The form fields of a poll: {@code answer-<candidate id>} = {@code YES}, {@code IF_NEED_BE}, {@code NO}. */
    static final String FIELD = "answer-";

    NewAnswers {
        answers = Map.copyOf(answers);
        cleared = Set.copyOf(cleared);
    }

    /** The answers among a form's fields. */
    static NewAnswers fromForm(Map<String, String> fields) {
        Map<Long, String> typed = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(FIELD)) {
                typed.put(candidate(name).orElseThrow(NewAnswers::notProposed), value);
            }
        });
        return of(typed);
    }

    /** Candidate id → answer as sent; an empty one clears the earlier answer. */
    static NewAnswers of(Map<Long, String> typed) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        Set<Long> cleared = new LinkedHashSet<>();
        typed.forEach((candidate, value) -> {
            if (candidate == null) {
                throw notProposed();
            }
            if (value == null || value.isBlank()) {
                cleared.add(candidate);
                return;
            }
            Answer answer = Answer.parse(value);
            if (answer == null) {
                throw new InvalidInputException("answers", Text.of("meetings.answers.invalid"));
            }
            answers.put(candidate, answer);
        });
        if (answers.isEmpty() && cleared.isEmpty()) {
            throw new InvalidInputException("answers", Text.of("meetings.answers.none"));
        }
        return new NewAnswers(answers, cleared);
    }

    /** What a form's fields answer, as typed, to show them again (fields that are not answers left out). */
    static Map<Long, String> typed(Map<String, String> fields) {
        Map<Long, String> typed = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(FIELD)) {
                candidate(name).ifPresent(id -> typed.put(id, value));
            }
        });
        return typed;
    }

    /** Every candidate answered or cleared. */
    Set<Long> candidates() {
        Set<Long> all = new LinkedHashSet<>(answers.keySet());
        all.addAll(cleared);
        return all;
    }

    private static Optional<Long> candidate(String field) {
        try {
            return Optional.of(Long.parseLong(field.substring(FIELD.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static InvalidInputException notProposed() {
        return new InvalidInputException("answers", Text.of("meetings.answers.unknown"));
    }
}
