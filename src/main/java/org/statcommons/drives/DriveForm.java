package org.statcommons.drives;

import java.time.LocalDate;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The drive form as typed (dates as {@code yyyy-MM-dd}, what a date field sends); {@link #command} checks it all. */
record DriveForm(String title, String description, String startsOn, String endsOn) {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 5000;

    static DriveForm blank() {
        return new DriveForm("", "", "", "");
    }

    static DriveForm of(Drive drive) {
        return new DriveForm(
                drive.title(),
                drive.description(),
                drive.startsOn().toString(),
                drive.endsOn().toString());
    }

    boolean typed() {
        return title != null;
    }

    NewDrive command() {
        TextInput input = new TextInput();
        String cleanTitle = input.line("title", Text.of("drives.field.title"), title, TITLE_MAX, true);
        String text =
                input.block("description", Text.of("drives.field.description"), description, DESCRIPTION_MAX, false);
        LocalDate start = input.day("startsOn", Text.of("drives.field.starts-on"), startsOn, true);
        LocalDate end = input.day("endsOn", Text.of("drives.field.ends-on"), endsOn, true);
        if (start != null && end != null && end.isBefore(start)) {
            input.error("endsOn", Text.of("drives.field.ends-before-start", start.toString()));
        }
        input.throwIfInvalid();
        return new NewDrive(cleanTitle, text, start, end);
    }
}
