package org.statcommons.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

    @Test
    void theDelayDoublesAfterTheFreeFailuresUpToTheLongest() {
        assertThat(SignInThrottle.delayAfter(0, 5)).isZero();
        assertThat(SignInThrottle.delayAfter(4, 5)).isZero();
        assertThat(SignInThrottle.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.delayAfter(12, 5)).isEqualTo(Duration.ofSeconds(256));
        assertThat(SignInThrottle.delayAfter(13, 5)).isEqualTo(SignInThrottle.LONGEST_DELAY);
        assertThat(SignInThrottle.delayAfter(10_000, 5)).isEqualTo(SignInThrottle.LONGEST_DELAY);
    }

    @Test
    void theWaitIsToldInWholeSecondsOrMinutes() {
        assertThat(SignInThrottle.pleaseWait(Duration.ofMillis(1_200))).contains("Please wait 2 seconds");
        assertThat(SignInThrottle.pleaseWait(Duration.ofMillis(300))).contains("Please wait 1 second ");
        assertThat(SignInThrottle.pleaseWait(Duration.ofSeconds(256))).contains("Please wait 5 minutes");
    }
}
