package org.statcommons.surveys;

import java.util.List;

/** A section as typed or given to the API, with the questions the API may give with it. */
public record NewSection(String title, String description, List<NewQuestion> questions) {

    public NewSection {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
