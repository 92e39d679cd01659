package org.statcommons.content.space;

import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: waits until the background repacks queued so far have run. */
public final class RepackProbe {

    private RepackProbe() {}

    public static void awaitQuiet(ApplicationContext app) throws Exception {
        app.getBean(SpaceRepacker.class).awaitQuiet();
    }
}
