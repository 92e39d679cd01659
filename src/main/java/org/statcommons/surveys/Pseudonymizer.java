package org.statcommons.surveys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.ServerKey;

/**
 * The keyed values that stand for a respondent without naming them: the pseudonym of a person in a survey
 * (HMAC-SHA-256 of the survey and the account under a server key: the same in each wave of the survey, different in
 * every other survey, and not computable without the key), and the resume key of an in-progress anonymous response
 * (a keyed hash of its link's secret, which differs from the invitation's own hash of that secret).
 */
@Component
class Pseudonymizer {

    private static final int BYTES = 24;

    private final ServerKey pseudonymKey;
    private final ServerKey resumeKey;

    Pseudonymizer(SurveyKeys keys, PlatformTransactionManager transactions) {
        // a key must be stored before anything derived from it is, whatever becomes of the caller's transaction
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.pseudonymKey = new ServerKey(
                fresh -> ownTransaction.execute(status -> keys.keyOr(SurveyKeys.Purpose.PSEUDONYM, fresh)));
        this.resumeKey =
                new ServerKey(fresh -> ownTransaction.execute(status -> keys.keyOr(SurveyKeys.Purpose.RESUME, fresh)));
    }

    /** The person's pseudonym in the survey (every wave of it). */
    String pseudonym(long surveyId, long accountId) {
        byte[] message =
                ByteBuffer.allocate(16).putLong(surveyId).putLong(accountId).array();
        return encode(SecretTokens.hmac(
                pseudonymKey.bytes(), BYTES, "survey-pseudonym".getBytes(StandardCharsets.UTF_8), message));
    }

    /** What an in-progress anonymous response is found by, from the secret of the link it is answered through. */
    String resumeKey(String linkSecret) {
        return encode(SecretTokens.hmac(
                resumeKey.bytes(),
                BYTES,
                "survey-resume".getBytes(StandardCharsets.UTF_8),
                linkSecret.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
