package org.statcommons.drives;

import java.time.LocalDate;

/** A drive's details, checked ({@link DriveForm#command}): for a new drive and for a change alike. */
record NewDrive(String title, String description, LocalDate startsOn, LocalDate endsOn) {}
