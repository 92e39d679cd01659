package org.statcommons.data.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.KAnonymityRules;

/**
 * The disclosure rules each dataset's publisher chose ({@code data.disclosure_rules}); a dataset without a choice
 * gets the safe default, a frequency threshold of {@value #DEFAULT_THRESHOLD}.
 */
@Repository
class DisclosureRuleSets {

    static final int DEFAULT_THRESHOLD = 3;

    private final JdbcClient db;

    DisclosureRuleSets(JdbcClient db) {
        this.db = db;
    }

    DisclosureRules of(long datasetId) {
        return db.sql("""
                        select minimum_frequency, dominance_units, dominance_percent, p_percent, maximum_share,
                            rounding_base from data.disclosure_rules where dataset_id = ?""")
                .param(datasetId)
                .query((rs, n) -> new DisclosureRules(
                        rs.getInt(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getInt(6)))
                .optional()
                .orElse(DisclosureRules.threshold(DEFAULT_THRESHOLD));
    }

    /** The dataset's k-anonymity rule for record-level data: k = 3 and no quasi-identifier without a choice. */
    KAnonymityRules kAnonymity(long datasetId) {
        return db.sql("""
                        select quasi_identifiers, k_anonymity, refuse_rare from data.disclosure_rules
                        where dataset_id = ?""")
                .param(datasetId)
                .query((rs, n) -> new KAnonymityRules(
                        List.of((String[]) rs.getArray(1).getArray()), rs.getInt(2), rs.getBoolean(3)))
                .optional()
                .orElse(KAnonymityRules.DEFAULT);
    }

    void save(long datasetId, DisclosureRules rules, KAnonymityRules kAnonymity, long by, Instant at) {
        db.sql("""
                        insert into data.disclosure_rules (dataset_id, minimum_frequency, dominance_units,
                            dominance_percent, p_percent, maximum_share, rounding_base, updated_by, updated_at,
                            quasi_identifiers, k_anonymity, refuse_rare)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dataset_id) do update set minimum_frequency = excluded.minimum_frequency,
                            dominance_units = excluded.dominance_units, dominance_percent = excluded.dominance_percent,
                            p_percent = excluded.p_percent, maximum_share = excluded.maximum_share,
                            rounding_base = excluded.rounding_base, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at, quasi_identifiers = excluded.quasi_identifiers,
                            k_anonymity = excluded.k_anonymity, refuse_rare = excluded.refuse_rare""")
                .params(
                        datasetId,
                        rules.minimumFrequency(),
                        rules.dominanceUnits(),
                        rules.dominancePercent(),
                        rules.pPercent(),
                        rules.maximumShare(),
                        rules.roundingBase(),
                        by,
                        Timestamp.from(at),
                        kAnonymity.quasiIdentifiers().toArray(String[]::new),
                        kAnonymity.k(),
                        kAnonymity.refuse())
                .update();
    }
}
