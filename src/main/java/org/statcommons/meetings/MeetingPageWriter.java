package org.statcommons.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SetUpSpace;
import org.statcommons.identity.Account;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * Writes the agenda and minutes pages of a scheduled meeting into the community's space through the content
 * feature (one commit each, by the organiser) under {@code meetings/}. The minutes start from the
 * space's own "meeting minutes" template, which members may have adapted.
 */
@Component
class MeetingPageWriter {

    static final String FOLDER = "meetings/";
    private static final String MINUTES_TEMPLATE = SetUpSpace.TEMPLATES + "meeting-minutes.md";

    private final SetUpSpace setup;
    private final SavePage savePage;
    private final Pages pages;

    MeetingPageWriter(SetUpSpace setup, SavePage savePage, Pages pages) {
        this.setup = setup;
        this.savePage = savePage;
        this.pages = pages;
    }

    /** The paths of the agenda and the minutes page. */
    record Written(String agenda, String minutes) {}

    Written write(Community community, Meeting meeting, Account organiser, String pageUrl) {
        setup.ensure(community.id());
        Author author = new Author(organiser.displayName(), organiser.email());
        String date = MeetingTimes.input(meeting.startsAt(), meeting.zone()) + " "
                + meeting.zone().getId();
        String agendaPath = FOLDER + "meeting-" + meeting.id() + "-agenda.md";
        String minutesPath = FOLDER + "meeting-" + meeting.id() + "-minutes.md";
        String agenda = "**Meeting:** [" + meeting.title() + "](" + pageUrl + ")  \n**Date:** " + date + "\n\n"
                + (meeting.agenda().isBlank()
                        ? "1. Welcome and adoption of the agenda\n2. \n3. Any other business\n"
                        : meeting.agenda() + "\n");
        savePage.save(
                community.id(),
                new PageEdit(agendaPath, "Agenda: " + meeting.title(), agenda, null, "Agenda of " + meeting.title()),
                author);
        String minutes = minutesTemplate(community.id())
                        .replaceFirst("\\*\\*Date:\\*\\* *", "**Date:** " + Matcher.quoteReplacement(date))
                + "\n\n[The meeting](" + pageUrl + ") · [Agenda](" + PageAddress.page(community.slug(), agendaPath)
                + ")\n";
        savePage.save(
                community.id(),
                new PageEdit(
                        minutesPath, "Minutes: " + meeting.title(), minutes, null, "Minutes of " + meeting.title()),
                author);
        return new Written(agendaPath, minutesPath);
    }

    private String minutesTemplate(long communityId) {
        try {
            return pages.read(communityId, MINUTES_TEMPLATE).body();
        } catch (NotFoundException | InvalidInputException deletedByMembers) {
            try (InputStream in = new ClassPathResource("space-templates/meeting-minutes.md").getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return text.substring(text.indexOf("---", 3) + 3).strip();
            } catch (IOException e) {
                return "## Agenda\n\n## Discussion and decisions\n\n## Actions\n";
            }
        }
    }
}
