package org.statcommons.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.springframework.stereotype.Component;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The front-matter fields a save writes besides the title. A save that names none keeps those the page has on main
 * (an edit in the browser or the API never drops a translation's record of its original, nor fields people wrote
 * through Git); a new translation that names none records the original as main has it now, so that a proposal of a
 * translation records its original too.
 */
@Component
public class PageFields {

    private final Pages pages;

    PageFields(Pages pages) {
        this.pages = pages;
    }

    /** The edit with the fields it will write. */
    public PageEdit resolve(long communityId, PageEdit edit) {
        if (edit.fields() != null) {
            return edit;
        }
        return edit.withFields(
                current(communityId, SpacePath.page("path", edit.path()).value()));
    }

    /**
     * The fields of a save from the edit form: those the page has, with the language chosen for an original
     * ({@code language}, blank for none) and, when given, the version of the original a translation now follows
     * ({@code translatedFrom}, a commit).
     */
    public Map<String, String> fromForm(long communityId, String path, String language, String translatedFrom) {
        Map<String, String> fields = new LinkedHashMap<>(current(communityId, path));
        if (PageLanguage.ofPath(path).isEmpty() && language != null) {
            if (language.isBlank()) {
                fields.remove(PageLanguage.FIELD);
            } else {
                PageLanguage chosen = PageLanguage.parse(language)
                        .orElseThrow(
                                () -> new InvalidInputException("language", Text.of("translations.language.invalid")));
                fields.put(PageLanguage.FIELD, chosen.tag());
            }
        }
        if (translatedFrom != null && !translatedFrom.isBlank()) {
            if (PageLanguage.ofPath(path).isEmpty() || !ObjectId.isId(translatedFrom.strip())) {
                throw new InvalidInputException("translatedFrom", Text.of("translations.original.invalid"));
            }
            fields.put(PageLanguage.TRANSLATED_FROM, translatedFrom.strip());
        }
        return fields;
    }

    private Map<String, String> current(long communityId, String path) {
        if (!SpacePath.validPage(path)) {
            // the save refuses the path, with the other fields' messages
            return Map.of();
        }
        try {
            return pages.read(communityId, path).fields();
        } catch (NotFoundException newPage) {
            if (PageLanguage.ofPath(path).isEmpty()) {
                return Map.of();
            }
            try {
                Pages.PageContent original = pages.read(communityId, PageLanguage.originalPath(path));
                return Map.of(PageLanguage.TRANSLATED_FROM, original.commitId());
            } catch (NotFoundException noOriginal) {
                return Map.of();
            }
        }
    }
}
