package org.statcommons.platform;

import java.security.SecureRandom;
import java.util.function.UnaryOperator;

/**
 * A 256-bit key only the server knows (to sign cookies and links), made by the first server that needs it and
 * kept by its owner's store, which answers the key stored first so that every server signs alike. Read from the
 * store once per process.
 */
public final class ServerKey {

    private final UnaryOperator<byte[]> keepOrRead;
    private volatile byte[] known;

    /** {@code keepOrRead} stores the fresh key it is given unless one is stored already, and answers the stored one. */
    public ServerKey(UnaryOperator<byte[]> keepOrRead) {
        this.keepOrRead = keepOrRead;
    }

    public byte[] bytes() {
        byte[] key = known;
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            key = keepOrRead.apply(fresh);
            known = key;
        }
        return key;
    }
}
