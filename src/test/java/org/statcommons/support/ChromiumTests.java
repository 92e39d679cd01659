package org.statcommons.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests on a developer's machine but fails them in CI. */
class ChromiumTests {

    @Test
    void installedChromiumLetsTheTestRun() {
        assertThatCode(() -> Chromium.requireInstalled(true, "true")).doesNotThrowAnyException();
        assertThatCode(() -> Chromium.requireInstalled(true, null)).doesNotThrowAnyException();
    }

    @Test
    void missingChromiumSkipsTheTestOutsideCi() {
        assertThatThrownBy(() -> Chromium.requireInstalled(false, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install chromium chromium-driver");
        assertThatThrownBy(() -> Chromium.requireInstalled(false, "false")).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Chromium.requireInstalled(false, "")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void missingChromiumFailsTheTestInCi() {
        assertThatThrownBy(() -> Chromium.requireInstalled(false, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI must run the browser tests");
        assertThatThrownBy(() -> Chromium.requireInstalled(false, "TRUE")).isInstanceOf(AssertionFailedError.class);
    }
}
