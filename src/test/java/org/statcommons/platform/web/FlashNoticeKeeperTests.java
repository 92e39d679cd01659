package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class FlashNoticeKeeperTests {

    private final FlashNoticeKeeper keeper = new FlashNoticeKeeper();
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void aClientThatNeverFollowsItsRedirectsKeepsOnlyTheNewestNotices() {
        for (int i = 0; i < 500; i++) {
            FlashMap notice = new FlashMap();
            notice.put("notice", "Saved " + i + ".");
            notice.setTargetRequestPath("/c/census/page-" + i);
            keeper.saveOutputFlashMap(notice, request("POST", "/c/census/save"), new MockHttpServletResponse());
        }

        @SuppressWarnings("unchecked")
        List<FlashMap> kept =
                (List<FlashMap>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(kept).hasSize(FlashNoticeKeeper.KEPT);
        FlashMap newest = keeper.retrieveAndUpdate(request("GET", "/c/census/page-499"), new MockHttpServletResponse());
        assertThat(newest.get("notice")).isEqualTo("Saved 499.");
        assertThat((Object) keeper.retrieveAndUpdate(request("GET", "/c/census/page-3"), new MockHttpServletResponse()))
                .as("an old notice, never asked for")
                .isNull();
    }

    @Test
    void aPersonFollowingEachRedirectSeesEveryNotice() {
        for (int i = 0; i < 30; i++) {
            FlashMap notice = new FlashMap();
            notice.put("notice", "Saved " + i + ".");
            notice.setTargetRequestPath("/c/census/page");
            keeper.saveOutputFlashMap(notice, request("POST", "/c/census/save"), new MockHttpServletResponse());
            FlashMap shown = keeper.retrieveAndUpdate(request("GET", "/c/census/page"), new MockHttpServletResponse());
            assertThat(shown.get("notice")).isEqualTo("Saved " + i + ".");
        }
    }

    @Test
    void aRequestChangesItsOwnCopyOfTheNoticesNotTheListAnotherRequestOfTheSessionIsReading() {
        FlashMap notice = new FlashMap();
        notice.put("notice", "Saved.");
        notice.setTargetRequestPath("/c/census/page");
        keeper.saveOutputFlashMap(notice, request("POST", "/c/census/save"), new MockHttpServletResponse());
        @SuppressWarnings("unchecked")
        List<FlashMap> read =
                (List<FlashMap>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        Iterator<FlashMap> reading = read.iterator();

        FlashMap shown = keeper.retrieveAndUpdate(request("GET", "/c/census/page"), new MockHttpServletResponse());

        assertThat(shown.get("notice")).isEqualTo("Saved.");
        assertThat(read).as("the list another request may be reading").hasSize(1);
        assertThat(reading.next().get("notice")).isEqualTo("Saved.");
    }

    private MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        return request;
    }
}
