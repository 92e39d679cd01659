package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.statcommons.platform.i18n.Language;

/**
 * The interface language the signed-in person chose in their profile (or that their profile implies), for
 * {@link LanguageResolver}; implemented by {@code identity}, which knows who is signed in. Platform knows nothing
 * of accounts, hence the interface.
 */
public interface ProfileLanguage {

    /** The language of the person behind this request, if signed in and the profile names one of the six. */
    Optional<Language> of(HttpServletRequest request);
}
