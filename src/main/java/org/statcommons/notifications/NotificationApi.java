package org.statcommons.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;

/** The signed-in person's notifications and choices, as JSON. */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationApi {

    private final Notices notices;
    private final Readers readers;
    private final Communities communities;
    private final PreferenceChanges preferences;
    private final StatCommonsProperties properties;

    NotificationApi(Notices notices, Readers readers, Communities communities, PreferenceChanges preferences,
                    StatCommonsProperties properties) {
        this.notices = notices;
        this.readers = readers;
        this.communities = communities;
        this.preferences = preferences;
        this.properties = properties;
    }

    record Item(long id, long communityId, String community, String kind, String actorName, String title, String excerpt,
                String link, String url, Instant at, boolean read) {
    }

    record Page(int unread, long total, int page, int pageSize, List<Item> notifications) {
    }

    record Marked(int marked) {
    }

    record Settings(String serverDefault, String defaultChoice, Map<Long, String> communities) {
    }

    /** @param defaultChoice immediate, daily, weekly, off; "" follows the server's default; null keeps it
     *  @param communities   community id to choice; null or "" follows the person's default; communities left out stay */
    record SettingsChange(String defaultChoice, Map<Long, String> communities) {
    }

    @GetMapping
    Page list(Actor actor, @RequestParam(defaultValue = "0") int page) {
        Reader reader = readers.of(actor);
        int shown = Math.max(page, 0);
        List<Notice> list = notices.page(reader, shown, NotificationController.PAGE_SIZE);
        Map<Long, String> names = NotificationController.names(communities, list);
        return new Page(notices.unread(reader), notices.count(reader), shown, NotificationController.PAGE_SIZE,
                list.stream().map(n -> new Item(n.id(), n.communityId(), names.get(n.communityId()), n.kind().name(),
                        n.actorName(), n.title(), n.excerpt(), n.link(), properties.link(n.link()), n.at(), n.read())).toList());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Actor actor, @PathVariable long id) {
        if (!notices.markRead(readers.of(actor), id)) {
            throw new NotFoundException("There is no such notification.");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    Marked markAllRead(Actor actor) {
        return new Marked(notices.markAllRead(readers.of(actor)));
    }

    @GetMapping("/settings")
    Settings settings(Actor actor) {
        return settingsOf(NotificationController.signedIn(actor));
    }

    @PutMapping(path = "/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    Settings change(Actor actor, @RequestBody SettingsChange change) {
        long accountId = NotificationController.signedIn(actor);
        PreferenceChanges.View view = preferences.view(accountId);
        Map<Long, String> typed = new LinkedHashMap<>();
        view.communities().forEach(c -> typed.put(c.id(), c.choice() == null ? "" : c.choice().name()));
        if (change.communities() != null) {
            for (Map.Entry<Long, String> entry : change.communities().entrySet()) {
                if (!typed.containsKey(entry.getKey())) {
                    throw new InvalidInputException("communities", "You are not a member of community " + entry.getKey() + ".");
                }
                typed.put(entry.getKey(), entry.getValue() == null ? "" : entry.getValue());
            }
        }
        String typedDefault = change.defaultChoice() != null ? change.defaultChoice()
                : view.ownDefault() == null ? "" : view.ownDefault().name();
        preferences.save(accountId, typedDefault, typed);
        return settingsOf(accountId);
    }

    private Settings settingsOf(long accountId) {
        PreferenceChanges.View view = preferences.view(accountId);
        Map<Long, String> choices = new LinkedHashMap<>();
        view.communities().forEach(c -> choices.put(c.id(), c.choice() == null ? null : c.choice().name().toLowerCase()));
        return new Settings(view.serverDefault().name().toLowerCase(),
                view.ownDefault() == null ? null : view.ownDefault().name().toLowerCase(), choices);
    }
}
