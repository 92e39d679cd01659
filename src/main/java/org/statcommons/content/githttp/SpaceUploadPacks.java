package org.statcommons.content.githttp;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.transport.UploadPack;
import org.eclipse.jgit.transport.resolver.UploadPackFactory;

/**
 * Sets up every clone and fetch as JGit's default factory does (the protocol version the client asks for in
 * {@code Git-Protocol}), packing on one thread: one clone cannot take every core from the other requests,
 * and a clone whose client left stops at once ({@link StopWhenClientLeaves}) instead of waiting for its
 * delta-search threads to finish.
 */
class SpaceUploadPacks implements UploadPackFactory<HttpServletRequest> {

    /** Packs sent: clones and fetches (statcommons.git.fetches). */
    private final Counter sent;

    SpaceUploadPacks(Counter sent) {
        this.sent = sent;
    }

    @Override
    public UploadPack create(HttpServletRequest request, Repository repository) {
        UploadPack pack = new UploadPack(repository);
        String protocol = request.getHeader("Git-Protocol");
        if (protocol != null) {
            pack.setExtraParameters(Arrays.asList(protocol.split(":")));
        }
        PackConfig config = new PackConfig(repository);
        config.setThreads(1);
        pack.setPackConfig(config);
        pack.setPostUploadHook(statistics -> sent.increment());
        return pack;
    }
}
