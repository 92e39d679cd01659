package org.statcommons.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.TimePresenter;

/** The signed-in person's notifications and choices, as JSON. */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationApi {

    private final Notices notices;
    private final CurrentReader readers;
    private final MarkNoticesRead markNoticesRead;
    private final Communities communities;
    private final PreferencesPresenter preferences;
    private final ChangePreferences changePreferences;
    private final StatCommonsProperties properties;

    NotificationApi(
            Notices notices,
            CurrentReader readers,
            MarkNoticesRead markNoticesRead,
            Communities communities,
            PreferencesPresenter preferences,
            ChangePreferences changePreferences,
            StatCommonsProperties properties) {
        this.notices = notices;
        this.readers = readers;
        this.markNoticesRead = markNoticesRead;
        this.communities = communities;
        this.preferences = preferences;
        this.changePreferences = changePreferences;
        this.properties = properties;
    }

    record NoticeJson(
            long id,
            long communityId,
            String community,
            String kind,
            String actorName,
            String title,
            String excerpt,
            String link,
            String url,
            Instant at,
            boolean read) {}

    record NoticesJson(int unread, long total, int page, int pageSize, List<NoticeJson> notifications) {}

    record MarkedJson(int marked) {}

    record SettingsJson(String serverDefault, String defaultChoice, Map<Long, String> communities) {}

    /**
     * @param defaultChoice immediate, daily, weekly, off; "" follows the server's default; null keeps it
     * @param communities   community id to choice; null or "" follows the person's default; communities left out stay
     */
    record SettingsChangeJson(String defaultChoice, Map<Long, String> communities) {}

    @GetMapping
    NoticesJson list(Actor actor, @RequestParam(defaultValue = "0") int page, TimePresenter times) {
        Reader reader = readers.of(actor);
        int shown = Math.max(page, 0);
        List<Notice> list = notices.page(reader, shown, NotificationController.PAGE_SIZE);
        Map<Long, String> names = NotificationController.names(communities, list);
        return new NoticesJson(
                notices.unread(reader),
                notices.count(reader),
                shown,
                NotificationController.PAGE_SIZE,
                list.stream()
                        .map(n -> new NoticeJson(
                                n.id(),
                                n.communityId(),
                                names.get(n.communityId()),
                                n.kind().name(),
                                n.shownActor(times),
                                n.shownTitle(times),
                                n.excerpt(),
                                n.link(),
                                properties.link(n.link()),
                                n.at(),
                                n.read()))
                        .toList());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Actor actor, @PathVariable long id) {
        markNoticesRead.markRead(readers.of(actor), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    MarkedJson markAllRead(Actor actor) {
        return new MarkedJson(markNoticesRead.markAllRead(readers.of(actor)));
    }

    @GetMapping("/settings")
    SettingsJson settings(Actor actor) {
        return settingsOf(CurrentReader.signedIn(actor));
    }

    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    SettingsJson change(Actor actor, @RequestBody SettingsChangeJson change) {
        long accountId = CurrentReader.signedIn(actor);
        Map<Long, String> typed = new LinkedHashMap<>();
        if (change.communities() != null) {
            change.communities().forEach((communityId, choice) -> typed.put(communityId, choice == null ? "" : choice));
        }
        String typedDefault = change.defaultChoice();
        if (typedDefault == null) {
            // left out: the default stays as it is
            Choice own = preferences.present(accountId).ownDefault();
            typedDefault = own == null ? "" : own.name();
        }
        changePreferences.change(accountId, PreferenceChange.parse(typedDefault, typed));
        return settingsOf(accountId);
    }

    private SettingsJson settingsOf(long accountId) {
        PreferencesView view = preferences.present(accountId);
        Map<Long, String> choices = new LinkedHashMap<>();
        view.communities().forEach(c -> choices.put(c.id(), c.choice() == null ? null : lower(c.choice())));
        return new SettingsJson(
                lower(view.serverDefault()), view.ownDefault() == null ? null : lower(view.ownDefault()), choices);
    }

    private static String lower(Choice choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }
}
