package se.larmcentral.bench.eido;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.eido.EidoSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./larm bench eido [SHARED_DATA] [documents]}: receiving an EIDO, NENA's sample (9 KB) read within the limits and
 * checked against NENA's schema (every problem collected), p50/p99 per document after as many of warm-up; beside the
 * baseline of reading the same bytes as JSON alone, which any receiver pays. Also the schema's load once.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("larm.sharedData", "../shared/data"));
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path schemaFile = shared.resolve("eido/openapi.yaml");
        Path sampleFile = shared.resolve("eido/sample-call-transfer.json");
        if (!Files.isRegularFile(sampleFile)) {
            throw new IllegalStateException("missing shared data file " + sampleFile.toAbsolutePath().normalize());
        }
        long loadStart = System.nanoTime();
        EidoSchema schema = EidoSchema.load(schemaFile);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        byte[] sample = Files.readAllBytes(sampleFile);
        ObjectMapper json = new ObjectMapper();

        long[] checked = new long[documents];
        long[] parsed = new long[documents];
        for (int round = -1; round < 1; round++) { // round -1 warms up
            for (int i = 0; i < documents; i++) {
                long t0 = System.nanoTime();
                if (!schema.check(schema.read(sample)).isEmpty()) {
                    throw new IllegalStateException("NENA's sample did not validate");
                }
                long t1 = System.nanoTime();
                if (json.readTree(sample).size() == 0) {
                    throw new IllegalStateException("empty");
                }
                long t2 = System.nanoTime();
                if (round == 0) {
                    checked[i] = t1 - t0;
                    parsed[i] = t2 - t1;
                }
            }
        }
        Percentiles check = new Percentiles(checked);
        Percentiles parse = new Percentiles(parsed);
        System.out.printf(Locale.ROOT, "EIDO schema load (once): %.1f ms%n", loadMs);
        System.out.printf(Locale.ROOT, "| %-44s | %9s | %9s |%n", "NENA's sample, " + sample.length + " bytes, " + documents + " documents", "p50 ms", "p99 ms");
        System.out.printf(Locale.ROOT, "| %-44s | %9.3f | %9.3f |%n", "read within limits + schema check", check.millis(0.50), check.millis(0.99));
        System.out.printf(Locale.ROOT, "| %-44s | %9.3f | %9.3f |%n", "baseline: JSON parse alone", parse.millis(0.50), parse.millis(0.99));
        System.out.printf(Locale.ROOT, "ratio p50: %.1f x the parse%n", check.millis(0.50) / parse.millis(0.50));
    }
}
