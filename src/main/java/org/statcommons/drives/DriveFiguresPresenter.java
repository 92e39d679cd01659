package org.statcommons.drives;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts a drive's figures (for its screen and the API), by the database, whatever the number of people. */
@Component
class DriveFiguresPresenter {

    private final Applications applications;
    private final DriveInvitations invitations;

    DriveFiguresPresenter(Applications applications, DriveInvitations invitations) {
        this.applications = applications;
        this.invitations = invitations;
    }

    @Transactional(readOnly = true)
    DriveFigures figures(Drive drive) {
        int[] invited = invitations.counts(drive.id());
        List<DriveFigures.Share> byKind = applications.shares(drive.id(), false);
        List<DriveFigures.Share> byCountry = applications.shares(drive.id(), true);
        int applied = byKind.stream().mapToInt(DriveFigures.Share::applied).sum();
        int approved = byKind.stream().mapToInt(DriveFigures.Share::approved).sum();
        return new DriveFigures(
                invited[0], invited[1], applied, approved, applications.declined(drive.id()), byKind, byCountry);
    }
}
