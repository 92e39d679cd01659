package org.statcommons.workstreams;

/**
 * A workstream as proposed in its form (every field text, shown again as typed when refused): title, objectives,
 * expected duration and how often it reports, in months. Checked by {@link ProposeWorkstream}.
 */
public record NewWorkstream(String title, String objectives, String durationMonths, String reportEveryMonths) {

    public NewWorkstream {
        title = title == null ? "" : title;
        objectives = objectives == null ? "" : objectives;
        durationMonths = durationMonths == null ? "" : durationMonths;
        reportEveryMonths = reportEveryMonths == null ? "" : reportEveryMonths;
    }
}
