package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottlerTests {

    @Test
    void theDelayDoublesAfterTheFreeFailuresUpToTheLongest() {
        assertThat(SignInThrottler.delayAfter(0, 5)).isZero();
        assertThat(SignInThrottler.delayAfter(4, 5)).isZero();
        assertThat(SignInThrottler.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottler.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottler.delayAfter(12, 5)).isEqualTo(Duration.ofSeconds(256));
        assertThat(SignInThrottler.delayAfter(13, 5)).isEqualTo(SignInThrottler.LONGEST_DELAY);
        assertThat(SignInThrottler.delayAfter(10_000, 5)).isEqualTo(SignInThrottler.LONGEST_DELAY);
    }

    @Test
    void theWaitIsToldInWholeSecondsOrMinutes() {
        assertThat(SignInThrottler.pleaseWait(Duration.ofMillis(1_200)).english())
                .contains("Please wait 2 seconds");
        assertThat(SignInThrottler.pleaseWait(Duration.ofMillis(300)).english()).contains("Please wait 1 second ");
        assertThat(SignInThrottler.pleaseWait(Duration.ofSeconds(256)).english())
                .contains("Please wait 5 minutes");
    }
}
