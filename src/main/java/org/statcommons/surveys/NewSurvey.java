package org.statcommons.surveys;

/**
 * A survey as typed in its form or given to the API: every field text, checked by {@link CreateSurvey}.
 *
 * @param mode               IDENTIFIED, PSEUDONYMOUS or ANONYMOUS ("" for identified)
 * @param smallCellThreshold a whole number from 2 to 100 ("" for 5)
 * @param waveLabel          the first wave's label ("" for "Baseline")
 */
public record NewSurvey(String title, String description, String mode, String smallCellThreshold, String waveLabel) {

    public NewSurvey {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        mode = mode == null ? "" : mode;
        smallCellThreshold = smallCellThreshold == null ? "" : smallCellThreshold;
        waveLabel = waveLabel == null ? "" : waveLabel;
    }
}
