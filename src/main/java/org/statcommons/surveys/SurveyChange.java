package org.statcommons.surveys;

/** A survey's title, description and small-cell threshold as typed, checked by {@link EditSurvey}. */
public record SurveyChange(String title, String description, String smallCellThreshold) {

    public SurveyChange {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        smallCellThreshold = smallCellThreshold == null ? "" : smallCellThreshold;
    }
}
