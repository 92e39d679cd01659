package org.statcommons.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sdmxdl.Connection;
import sdmxdl.DatabaseRef;
import sdmxdl.Dimension;
import sdmxdl.FlowRef;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;

/**
 * A real SDMX client, sdmx-dl's SDMX 2.1 driver, reading the test server's {@code /sdmx/2.1} as it reads any agency.
 *
 * <pre>
 * try (SdmxDl sdmx = SdmxDl.of(port)) {
 *     Map&lt;String, List&lt;Double&gt;&gt; series = sdmx.values("DF_12", "F..");
 * }
 * </pre>
 */
public final class SdmxDl implements AutoCloseable {

    private final Connection connection;

    private SdmxDl(Connection connection) {
        this.connection = connection;
    }

    public static SdmxDl of(int port) throws IOException {
        WebSource source = WebSource.builder()
                .id("STATCOMMONS_TEST")
                .driver("RI_SDMX21")
                .endpointOf("http://localhost:" + port + "/sdmx/2.1")
                .build();
        return new SdmxDl(SdmxWebManager.ofServiceLoader().getConnection(source, Languages.ANY));
    }

    /** The ids of the dataflows the server lists. */
    public List<String> flows() throws IOException {
        return connection.getFlows(DatabaseRef.NO_DATABASE).stream()
                .map(f -> f.getRef().getId())
                .toList();
    }

    /** The dimensions of a flow's structure, in their order, the time dimension apart. */
    public List<String> dimensions(String flow) throws IOException {
        return connection.getStructure(DatabaseRef.NO_DATABASE, ref(flow)).getDimensionList().stream()
                .map(Dimension::getId)
                .toList();
    }

    /** The time dimension of a flow's structure. */
    public String timeDimension(String flow) throws IOException {
        return connection.getStructure(DatabaseRef.NO_DATABASE, ref(flow)).getTimeDimensionId();
    }

    /**
     * Each series of the flow that the key selects, by its key, with its observations' values in their order; sdmx-dl
     * keeps no observation without a value, so a series of suppressed or missing cells has none (never a 0).
     */
    public Map<String, List<Double>> values(String flow, String key) throws IOException {
        return connection
                .getData(
                        DatabaseRef.NO_DATABASE,
                        ref(flow),
                        Query.builder().key(Key.parse(key)).build())
                .getData()
                .stream()
                .collect(Collectors.toMap(
                        s -> s.getKey().toString(),
                        s -> s.getObs().stream().map(Obs::getValue).toList()));
    }

    private static FlowRef ref(String flow) {
        return FlowRef.parse("STATCOMMONS," + flow + ",1.0");
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
