package org.statcommons.content.space;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jgit.internal.storage.dfs.DfsOutputStream;

/**
 * Writes a pack's file into the database in chunks as it fills them, so that a large push is never held whole in
 * memory. JGit reads back what it wrote while still writing (to resolve deltas of a received pack).
 */
final class PackChunkWriter extends DfsOutputStream {

    private final StoredPacks packs;
    private final String pack;
    private final String extension;
    private byte[] current = new byte[8 * 1024];
    private int used;
    private int chunks;
    private boolean closed;

    PackChunkWriter(StoredPacks packs, String pack, String extension) {
        this.packs = packs;
        this.pack = pack;
        this.extension = extension;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
        while (length > 0) {
            if (used == current.length && current.length < StoredPacks.CHUNK) {
                current = Arrays.copyOf(current, Math.min(current.length * 2, StoredPacks.CHUNK));
            }
            int count = Math.min(length, current.length - used);
            System.arraycopy(buffer, offset, current, used, count);
            used += count;
            offset += count;
            length -= count;
            if (used == StoredPacks.CHUNK) {
                writeChunk();
            }
        }
    }

    private void writeChunk() {
        packs.writeChunk(pack, extension, chunks, current, used);
        chunks++;
        used = 0;
    }

    @Override
    public int read(long position, ByteBuffer destination) {
        long written = (long) chunks * StoredPacks.CHUNK;
        if (position < written) {
            int chunk = (int) (position / StoredPacks.CHUNK);
            int offset = (int) (position % StoredPacks.CHUNK);
            byte[] bytes = packs.read(
                    pack, extension, chunk, offset, Math.min(destination.remaining(), StoredPacks.CHUNK - offset));
            destination.put(bytes);
            return bytes.length;
        }
        int offset = (int) (position - written);
        if (offset >= used) {
            return -1;
        }
        int count = Math.min(destination.remaining(), used - offset);
        destination.put(current, offset, count);
        return count;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (used > 0 || chunks == 0) {
            writeChunk();
        }
        current = null;
    }
}
