package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps a session's flash notices ("Saved.", "Invitation sent to …") like Spring's own session store does, but at
 * most {@value #KEPT} of them. A notice waits in the session until the redirect it was made for is followed, or
 * for three minutes; a client that posts without following redirects (a script, a test walking every form) piled
 * hundreds of them up, and every one of its requests then read the whole pile back from the session table — a
 * quarter of the server's time in such a walk. A person's browser follows each redirect at once, so three (a few
 * tabs posting at once) are plenty; Rails keeps one.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
public class FlashNoticeKeeper extends SessionFlashMapManager {

    static final int KEPT = 3;

    /**
     * A copy of the session's list: sessions in use are kept in memory ({@link SessionKeeper}), so requests of one
     * session at once read the same list, and Spring changes the list it reads in place (a
     * {@code ConcurrentModificationException} in the other request). Each request now writes its own list back.
     */
    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        List<FlashMap> stored = super.retrieveFlashMaps(request);
        return stored == null ? null : new ArrayList<>(stored);
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        // the newest notices are the last ones: those are the ones a redirect about to be followed will ask for
        List<FlashMap> newest = flashMaps.size() <= KEPT
                ? flashMaps
                : new ArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()));
        super.updateFlashMaps(newest, request, response);
    }
}
