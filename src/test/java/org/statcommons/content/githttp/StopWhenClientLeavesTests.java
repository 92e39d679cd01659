package org.statcommons.content.githttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.UploadPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statcommons.support.GitHistory;

/**
 * A clone whose client has gone stops while the pack is being prepared: the first progress message that
 * cannot be written ends it. (JGit alone swallows that failure and prepares the whole pack, only to fail
 * when it writes the first byte of it.)
 */
class StopWhenClientLeavesTests {

    @TempDir
    Path directory;

    /** A client connection that takes the first answer line (NAK) and then is gone. */
    private static final class GoneAfterNak extends OutputStream {
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger failedWrites = new AtomicInteger();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written.get() + length > "0008NAK\n".length()) {
                failedWrites.incrementAndGet();
                throw new IOException("Broken pipe");
            }
            written.addAndGet(length);
        }
    }

    @Test
    void aCloneStopsAtTheFirstProgressMessageAfterTheClientLeft() throws Exception {
        Repository repository =
                FileRepositoryBuilder.create(directory.resolve("space.git").toFile());
        repository.create(true);
        for (int commit = 0; commit < 200; commit++) {
            GitHistory.commit(
                    repository,
                    Map.of("pages/page-" + commit % 50 + ".md", GitHistory.page("Page", "Version " + commit)),
                    "Commit " + commit);
        }
        ObjectId main = repository.resolve("refs/heads/main");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        PacketLineOut lines = new PacketLineOut(request);
        lines.writeString("want " + main.name() + " side-band-64k ofs-delta\n");
        lines.end();
        lines.writeString("done\n");
        UploadPack upload = new UploadPack(repository);
        upload.setBiDirectionalPipe(false);
        GoneAfterNak client = new GoneAfterNak();

        assertThatThrownBy(() -> upload.uploadWithExceptionPropagation(
                        new ByteArrayInputStream(request.toByteArray()),
                        new StopWhenClientLeaves.Watched(client),
                        null))
                .isInstanceOf(StopWhenClientLeaves.ClientLeft.class);

        assertThat(client.failedWrites.get())
                .as("nothing more is tried once the client has gone")
                .isEqualTo(1);
        assertThat(upload.getStatistics().getTotalObjects())
                .as("no pack was written")
                .isZero();
        repository.close();
    }
}
