package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.ProfileLanguage;

/**
 * The signed-in person's interface language for {@code platform.web.LanguageResolver}: the one chosen in the
 * profile, else the first language they work in when it is one of the six ({@link Account#language()}). Reads the
 * account the request already holds ({@link CurrentAccount}), so it costs no query.
 */
@Component
class AccountProfileLanguage implements ProfileLanguage {

    @Override
    public Optional<Language> of(HttpServletRequest request) {
        return CurrentAccount.of(request).flatMap(Account::language);
    }
}
