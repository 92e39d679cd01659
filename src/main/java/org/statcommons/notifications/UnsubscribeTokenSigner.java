package org.statcommons.notifications;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.ServerKey;

/**
 * The secret in a one-click unsubscribe link: the person, the community (0 for "every community") and an
 * HMAC-SHA256 of both under a key only the server knows, so a link cannot be guessed or changed to name
 * someone else, and nothing per e-mail needs storing. The key is made once, by the first server that needs
 * it, and kept in the database (all servers must sign alike). A link only ever turns e-mail off, so one
 * that leaked can do no worse than that.
 */
@Component
class UnsubscribeTokenSigner {

    private static final int MAC_BYTES = 16;

    /** Whom a valid token names. */
    record Scope(long accountId, Long communityId) {
        boolean everyCommunity() {
            return communityId == null;
        }
    }

    private final ServerKey key;

    UnsubscribeTokenSigner(SigningKeys keys, PlatformTransactionManager transactions) {
        // the key must be stored before any link signed with it leaves, whatever becomes of the caller's transaction
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = new ServerKey(fresh -> ownTransaction.execute(status -> keys.keyOr(fresh)));
    }

    String forCommunity(long accountId, long communityId) {
        return token(accountId, communityId);
    }

    String forEveryCommunity(long accountId) {
        return token(accountId, 0);
    }

    Optional<Scope> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 16 + MAC_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long accountId = buffer.getLong();
        long communityId = buffer.getLong();
        byte[] expected = mac(accountId, communityId);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, 16, bytes.length))) {
            return Optional.empty();
        }
        return Optional.of(new Scope(accountId, communityId == 0 ? null : communityId));
    }

    private String token(long accountId, long communityId) {
        ByteBuffer buffer =
                ByteBuffer.allocate(16 + MAC_BYTES).putLong(accountId).putLong(communityId);
        buffer.put(mac(accountId, communityId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private byte[] mac(long accountId, long communityId) {
        return SecretTokens.hmac(
                key.bytes(),
                MAC_BYTES,
                ByteBuffer.allocate(16).putLong(accountId).putLong(communityId).array());
    }
}
