package org.statcommons.content.translations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.SpacePath;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.text.WordDiff;

/**
 * What a page shows of its language versions: its language (for {@code lang} and {@code dir} on its text), the
 * switch to its other versions, and, for a translation, whether the original changed since the version it was made
 * from, with the difference. The versions of a page are found by name in the space's page list
 * ({@link PageLanguage}), which is kept in memory per commit of main, so a page view reads no other file unless it
 * is a translation (then the original, now and as translated).
 */
@Component
public class TranslationPresenter {

    private final Pages pages;
    private final Publications publications;

    TranslationPresenter(Pages pages, Publications publications) {
        this.pages = pages;
        this.publications = publications;
    }

    /** One version of a page in the language switch; {@code language} is null for an original of unknown language. */
    public record Version(String path, PageLanguage language, String href, boolean shown) {}

    /**
     * The original changed since the translation: {@code passages} are its changes (title and text) since
     * {@code from}, {@code now} the original's version to record when the translation is brought up to date.
     */
    public record Stale(String from, String now, String originalHref, List<WordDiff.Passage> passages) {}

    /** What the page view shows; {@code stale} only for a translation whose original changed since. */
    public record TranslationView(
            PageLanguage language,
            List<Version> versions,
            Stale stale,
            String translateHref,
            List<PageLanguage> offered) {

        /** {@code lang} for the page's text, null when the page does not say. */
        public String lang() {
            return language == null ? null : language.tag();
        }

        public String dir() {
            return language == null ? null : language.dir();
        }
    }

    /** For the page view: the page as read ({@code current}: as main has it now). */
    public TranslationView present(Community community, Pages.PageContent page, boolean current) {
        String original = PageLanguage.originalPath(page.path());
        List<Version> versions = versions(community, original, page);
        Stale stale = current ? stale(community, page, original).orElse(null) : null;
        Set<String> taken = versions.stream()
                .filter(version -> version.language() != null)
                .map(version -> version.language().tag())
                .collect(Collectors.toSet());
        boolean originalExists =
                versions.stream().anyMatch(version -> version.path().equals(original));
        List<PageLanguage> offered = originalExists
                ? PageLanguage.offered().stream()
                        .filter(language -> !taken.contains(language.tag()))
                        .toList()
                : List.of();
        return new TranslationView(
                page.language().orElse(null),
                versions.size() > 1 ? versions : List.of(),
                stale,
                SpaceAddress.action(community.slug(), "translate", original),
                offered);
    }

    /** For the edit form: whether the page is a translation, and the original's version to record. */
    public record EditView(boolean translation, String language, Stale stale, List<PageLanguage> offered) {

        /** Whether the language choice lists this tag (a page may say another language, written through Git). */
        public boolean offers(String tag) {
            return offered.stream().anyMatch(language -> language.tag().equals(tag));
        }
    }

    public EditView forEdit(Community community, String path) {
        if (!SpacePath.validPage(path)) {
            // a new page's form before its path is typed, or shown again with a path that is refused
            return new EditView(false, "", null, PageLanguage.offered());
        }
        Optional<PageLanguage> named = PageLanguage.ofPath(path);
        if (named.isPresent()) {
            Optional<Stale> stale = Optional.empty();
            try {
                stale = stale(community, pages.read(community.id(), path), PageLanguage.originalPath(path));
            } catch (NotFoundException newPage) {
                // a new translation records its original through the form's hidden field
            }
            return new EditView(true, named.get().tag(), stale.orElse(null), List.of());
        }
        String language;
        try {
            language = pages.read(community.id(), path)
                    .language()
                    .map(PageLanguage::tag)
                    .orElse("");
        } catch (NotFoundException newPage) {
            language = "";
        }
        return new EditView(false, language, null, PageLanguage.offered());
    }

    private List<Version> versions(Community community, String original, Pages.PageContent page) {
        String stem = original.substring(0, original.length() - ".md".length()) + ".";
        List<Version> versions = new ArrayList<>();
        for (PageSummary summary : pages.list(community.id())) {
            String path = summary.path();
            boolean translation = path.startsWith(stem)
                    && PageLanguage.ofPath(path).isPresent()
                    && PageLanguage.originalPath(path).equals(original);
            if (!path.equals(original) && !translation) {
                continue;
            }
            PageLanguage language = path.equals(page.path())
                    ? page.language().orElse(null)
                    : translation ? PageLanguage.ofPath(path).get() : originalLanguage(community, path);
            versions.add(
                    new Version(path, language, SpaceAddress.page(community.slug(), path), path.equals(page.path())));
        }
        // the original first, then the translations by their language's tag
        versions.sort(Comparator.comparing((Version version) -> !version.path().equals(original))
                .thenComparing(Version::path));
        return versions;
    }

    /** The language an original's front matter gives, null when it gives none. */
    private PageLanguage originalLanguage(Community community, String path) {
        try {
            return pages.read(community.id(), path).language().orElse(null);
        } catch (NotFoundException deletedMeanwhile) {
            return null;
        }
    }

    /** Whether the original changed since the version this translation records, and how. */
    private Optional<Stale> stale(Community community, Pages.PageContent translation, String original) {
        String from = translation.fields().get(PageLanguage.TRANSLATED_FROM);
        if (PageLanguage.ofPath(translation.path()).isEmpty() || from == null) {
            return Optional.empty();
        }
        Pages.PageContent now;
        try {
            now = pages.read(community.id(), original);
        } catch (NotFoundException noOriginal) {
            return Optional.empty();
        }
        String before;
        try {
            Pages.PageContent then = pages.read(community.id(), new PageVersion(from, original));
            if (then.blobId().equals(now.blobId())) {
                return Optional.empty();
            }
            before = text(then);
        } catch (NotFoundException | org.statcommons.platform.InvalidInputException unknown) {
            // the recorded version is not of this space, or the original was elsewhere then: all of it is new
            before = "";
        }
        return Optional.of(new Stale(
                from,
                now.commitId(),
                SpaceAddress.page(community.slug(), original),
                WordDiff.passages(WordDiff.lines(before, text(now)))));
    }

    private static String text(Pages.PageContent page) {
        return page.title() + "\n\n" + page.body();
    }

    /** A published version of a page, for {@code <link rel="alternate" hreflang>} on the public page. */
    public record Alternate(String hreflang, String path, String href) {

        public String name() {
            return new PageLanguage(hreflang).name();
        }

        public String dir() {
            return new PageLanguage(hreflang).dir();
        }
    }

    /**
     * The published versions of a published page, each with its language ({@code x-default} for the original, and
     * the original's own language too when it says one). Empty when the page has no other published version.
     */
    public List<Alternate> published(Community community, String path, UnaryOperator<String> address) {
        String original = PageLanguage.originalPath(path);
        List<Alternate> alternates = new ArrayList<>();
        for (Publications.Published published : publications.of(community.id())) {
            String other = published.path();
            if (other.equals(original)) {
                String href = address.apply(other);
                alternates.add(new Alternate("x-default", other, href));
                pages.read(community.id(), new PageVersion(published.commitId(), other))
                        .language()
                        .ifPresent(language -> alternates.add(new Alternate(language.tag(), other, href)));
            } else if (PageLanguage.ofPath(other).isPresent()
                    && PageLanguage.originalPath(other).equals(original)) {
                alternates.add(new Alternate(PageLanguage.ofPath(other).get().tag(), other, address.apply(other)));
            }
        }
        return alternates.stream().map(Alternate::path).distinct().count() > 1 ? alternates : List.of();
    }
}
