package org.statcommons.data.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The secretariat registers another portal whose datasets the community's catalogue lists: its first harvest is due at
 * once (the next run of the harvest job), then every so many hours.
 */
@Service
class RegisterHarvestSource {

    static final int NAME_MAX = 100;
    static final int URL_MAX = 2000;
    static final int HOURS_MAX = 744;

    private final Permissions permissions;
    private final HarvestSources sources;
    private final Clock clock;

    RegisterHarvestSource(Permissions permissions, HarvestSources sources, Clock clock) {
        this.permissions = permissions;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional
    long register(Actor actor, Community community, NewHarvestSource source) {
        permissions.require(actor, Action.MANAGE_HARVEST_SOURCES, community.id());
        TextInput input = new TextInput();
        String name = input.line("name", Text.of("data-catalog.harvest.name"), source.name(), NAME_MAX, true);
        String url = input.line("url", Text.of("data-catalog.harvest.url"), source.url(), URL_MAX, true);
        if (url != null && !url.isEmpty() && !isWebAddress(url)) {
            input.error("url", Text.of("data-catalog.harvest.bad-url"));
        }
        PortalKind kind = null;
        String typedKind = source.kind() == null ? "" : source.kind().strip().toUpperCase(Locale.ROOT);
        for (PortalKind k : PortalKind.values()) {
            if (k.name().equals(typedKind)) {
                kind = k;
            }
        }
        if (kind == null) {
            input.error("kind", Text.of("data-catalog.harvest.bad-kind"));
        }
        String hours = source.everyHours() == null ? "" : source.everyHours().strip();
        int every = hours.matches("[0-9]{1,4}") ? Integer.parseInt(hours) : -1;
        if (every < 1 || every > HOURS_MAX) {
            input.error("everyHours", Text.of("data-catalog.harvest.bad-hours", HOURS_MAX));
        }
        input.throwIfInvalid();
        return sources.insert(community.id(), name, url, kind, every * 60, actor.accountId(), clock.instant());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
