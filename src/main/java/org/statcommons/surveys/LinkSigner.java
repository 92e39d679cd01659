package org.statcommons.surveys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.ServerKey;

/**
 * The secrets of personal and public links. A secret is an HMAC of a random nonce under a server key, so the server
 * can send the same link again in a reminder without storing it; the database keeps the nonce and the secret's
 * SHA-256 hash, so a stolen database hands out no working link.
 */
@Component
class LinkSigner {

    private final ServerKey key;
    private final SecretTokens tokens;
    private final SecureRandom random = new SecureRandom();

    LinkSigner(SurveyKeys keys, PlatformTransactionManager transactions, SecretTokens tokens) {
        // the key must be stored before any link made with it is, whatever becomes of the caller's transaction
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = new ServerKey(
                fresh -> ownTransaction.execute(status -> keys.keyOr(SurveyKeys.Purpose.INVITATION, fresh)));
        this.tokens = tokens;
    }

    byte[] nonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return nonce;
    }

    /** The link's secret made from its nonce. */
    String secret(byte[] nonce) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        SecretTokens.hmac(key.bytes(), 32, "survey-link".getBytes(StandardCharsets.UTF_8), nonce));
    }

    /** What a link is found by. */
    byte[] hash(String secret) {
        return tokens.hash(secret);
    }

    /** A fresh secret that is stored nowhere (a public link's response is found by its resume key only). */
    String fresh() {
        return tokens.newSecret();
    }
}
