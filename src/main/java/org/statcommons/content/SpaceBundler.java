package org.statcommons.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportBundleStream;
import org.eclipse.jgit.transport.URIish;
import org.springframework.stereotype.Component;
import org.statcommons.content.space.SpaceRepositories;

/**
 * Every repository of the engine (communities', bodies' and courses' spaces) as Git bundles, for backups: a bundle is
 * Git's own file format for a repository's refs and the objects they reach ({@code git clone x.bundle} reads one), so
 * a backup is readable without StatCommons. Goes through {@link SpaceRepositories} alone, whatever the storage.
 */
@Component
public class SpaceBundler {

    private final SpaceRepositories repositories;

    SpaceBundler(SpaceRepositories repositories) {
        this.repositories = repositories;
    }

    /**
     * The key of every repository to bundle: all of them when they are kept on disk, none when they are rows of the
     * database (Git in PostgreSQL), whose copy holds them already.
     */
    public List<Long> keys() {
        return repositories.keptInDatabase() ? List.of() : repositories.keys();
    }

    /**
     * Writes the repository's bundle: every ref and {@code HEAD}, with all the history they reach. Returns false, having
     * written nothing, when the repository is gone or holds no ref (a space never written to is made again empty).
     */
    public boolean write(long key, OutputStream out) throws IOException {
        Optional<Repository> found = repositories.open(key);
        if (found.isEmpty()) {
            return false;
        }
        Repository repository = found.get();
        BundleWriter bundle = new BundleWriter(repository);
        int refs = 0;
        for (Ref ref : repository.getRefDatabase().getRefs()) {
            if (!ref.isSymbolic() && ref.getObjectId() != null) {
                bundle.include(ref);
                refs++;
            }
        }
        if (refs == 0) {
            return false;
        }
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head != null) {
            // so that `git clone` of the bundle checks out main
            bundle.include(Constants.HEAD, head);
        }
        bundle.writeBundle(NullProgressMonitor.INSTANCE, out);
        return true;
    }

    /**
     * Puts every ref of the bundle into the key's repository (made when missing), with the objects they reach; a ref
     * already there is set to the bundle's. Returns how many refs were set.
     */
    public int restore(long key, InputStream bundle) throws IOException {
        Repository repository = repositories.create(key);
        try (Transport transport = new TransportBundleStream(repository, new URIish("backup.bundle"), bundle)) {
            FetchResult result = transport.fetch(NullProgressMonitor.INSTANCE, List.of(new RefSpec("+refs/*:refs/*")));
            int set = 0;
            for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
                switch (update.getResult()) {
                    case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> set++;
                    default ->
                        throw new IOException("Cannot set " + update.getLocalName() + " of repository " + key + ": "
                                + update.getResult());
                }
            }
            return set;
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
