package org.statcommons.surveys;

import java.util.List;

/** A section of a wave, answered on one screen, with its questions in order (removed ones included). */
public record Section(long id, int position, String title, String description, List<Question> questions) {

    /** The questions new respondents are asked. */
    public List<Question> askedQuestions() {
        return questions.stream().filter(q -> !q.removed()).toList();
    }
}
