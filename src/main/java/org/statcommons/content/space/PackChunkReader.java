package org.statcommons.content.space;

import java.io.EOFException;
import java.nio.ByteBuffer;
import org.eclipse.jgit.internal.storage.dfs.ReadableChannel;

/**
 * Reads a pack's file from its chunks in the database, a window at a time: JGit reads a pack in blocks at random
 * places (cached in its block cache), and an index front to back.
 */
final class PackChunkReader implements ReadableChannel {

    private static final int WINDOW = 64 * 1024;

    private final StoredPacks packs;
    private final String pack;
    private final String extension;
    private final long size;
    private long position;
    private int readAhead = WINDOW;
    private byte[] window = new byte[0];
    private long windowStart;
    private boolean open = true;

    PackChunkReader(StoredPacks packs, String pack, String extension, long size) {
        this.packs = packs;
        this.pack = pack;
        this.extension = extension;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer destination) throws EOFException {
        if (position >= size) {
            return -1;
        }
        if (position < windowStart || position >= windowStart + window.length) {
            fetch(Math.max(destination.remaining(), readAhead));
        }
        int offset = (int) (position - windowStart);
        int count = Math.min(destination.remaining(), window.length - offset);
        destination.put(window, offset, count);
        position += count;
        return count;
    }

    /** Reads up to {@code length} bytes at the position, never across a chunk's end. */
    private void fetch(int length) throws EOFException {
        int chunk = (int) (position / StoredPacks.CHUNK);
        int offset = (int) (position % StoredPacks.CHUNK);
        int count = (int) Math.min(Math.min(length, StoredPacks.CHUNK - offset), size - position);
        window = packs.read(pack, extension, chunk, offset, count);
        windowStart = position;
        if (window.length == 0) {
            throw new EOFException(pack + "." + extension + " ends before " + size + " bytes");
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void position(long newPosition) {
        position = newPosition;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int blockSize() {
        return 0;
    }

    @Override
    public void setReadAheadBytes(int bytes) {
        readAhead = Math.min(Math.max(bytes, WINDOW), StoredPacks.CHUNK);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        window = new byte[0];
    }
}
