package org.statcommons.bench;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.data.ingest.DisclosureRulesForm;
import org.statcommons.data.ingest.SetDisclosureRules;
import org.statcommons.data.ingest.StoreUpload;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * k-anonymity benchmark (not a test): record-level data of 1,000,000 records × 4 quasi-identifiers (and an income),
 * staged in SQL by {@code generate_series} (no file to parse), stored as any upload is ({@code StoreUpload}: the
 * records, then the check with local suppression in the same transaction), then checked again alone by setting the
 * rule ({@code SetDisclosureRules}). Two shapes: every value of each quasi-identifier unique (the worst case: every
 * value of every quasi-identifier suppressed, four passes over all records) and a census-like one (20 regions × 2 sexes × 20 age groups × 50 occupations, about
 * 3% of records in classes below k). Run with {@code bench/disclosure.sh} (RECORDS=100000 makes a tenth of it).
 */
public final class KAnonymityBenchmark {

    private KAnonymityBenchmark() {}

    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(System.getenv().getOrDefault("RECORDS", "1000000"));
        ResultTable.run("kanonymity", args, (app, table) -> {
            run(app, table, records, "every value unique", "s, s, s, s");
            run(
                    app,
                    table,
                    records,
                    "census-like",
                    "s % 20, s / 20 % 2, (s * 7919) % 20, (s * 104729) % 50 + s / 200000");
        });
    }

    private static void run(
            ConfigurableApplicationContext app, ResultTable table, long records, String shape, String values)
            throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        Account publisher = fixtures.account("k bench publisher " + shape, PlatformRole.ADMINISTRATOR);
        Community community = fixtures.community("k bench office " + shape, JoinPolicy.OPEN, publisher);
        Visitor visitor = fixtures.signedIn(publisher);
        String page = URI.create(visitor.submitNoFollow(
                                "/c/" + community.slug() + "/data",
                                Map.of(
                                        "title",
                                        "Survey " + shape,
                                        "description",
                                        "Bench.",
                                        "contactEmail",
                                        "d@example.org"))
                        .location())
                .getPath();
        visitor.submitNoFollow(page + "/releases", Map.of("changelog", "Bench"));
        long datasetId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        JdbcClient db = app.getBean(JdbcClient.class);
        long uploadId = db.sql("insert into data.uploads (dataset_id, file_name, kind, delimiter, columns, rows, state,"
                        + " uploaded_by, uploaded_at) values (?, 'seeded.csv', 'CSV', ',', 5, ?, 'CONFIRMED', ?, now())"
                        + " returning id")
                .params(datasetId, records, publisher.id())
                .query(Long.class)
                .single();
        db.sql("create unlogged table data.staged_" + uploadId + " (line bigint not null, c1 text not null,"
                        + " c2 text not null, c3 text not null, c4 text not null, c5 text not null)")
                .update();
        String[] v = values.split(", ");
        db.sql("insert into data.staged_" + uploadId + " select s + 2, 'R' || (" + v[0] + "), 'S' || (" + v[1]
                        + "), 'A' || (" + v[2] + "), 'O' || (" + v[3] + "), (s % 100000)::text"
                        + " from generate_series(0, ? - 1) s")
                .param(records)
                .update();
        db.sql("analyze data.staged_" + uploadId).update();
        String[] names = {"REGION", "SEX", "AGE", "OCCUPATION", "INCOME"};
        for (int i = 0; i < names.length; i++) {
            db.sql("insert into data.upload_columns (upload_id, position, name, role, code_list, unit)"
                            + " values (?, ?, ?, ?, 'FREE', '')")
                    .params(uploadId, i, names[i], i == 4 ? "MEASURE" : "VARIABLE")
                    .update();
        }
        var actor = publisher.actor();
        DisclosureRulesForm rules =
                new DisclosureRulesForm("", "", "", "", "", "", "REGION, SEX, AGE, OCCUPATION", "3", "suppress");
        app.getBean(SetDisclosureRules.class).set(actor, datasetId, rules);
        long start = System.nanoTime();
        long stored = app.getBean(StoreUpload.class).store(actor, datasetId, uploadId);
        double store = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        app.getBean(SetDisclosureRules.class).set(actor, datasetId, rules);
        double check = (System.nanoTime() - start) / 1e9;
        String figures = db.sql("select records || ' records, ' || rare_classes || ' of ' || classes"
                        + " || ' classes below k, suppressed ' || array_to_string(suppressed_values, '/')"
                        + " from data.disclosure_checks where upload_id = ?")
                .param(uploadId)
                .query(String.class)
                .single();
        table.row(
                "k = 3 on 4 quasi-identifiers, " + shape,
                String.format(
                        Locale.ROOT,
                        "store + check %.1f s; check alone %.1f s; %,d records: %s",
                        store,
                        check,
                        stored,
                        figures),
                "");
    }
}
