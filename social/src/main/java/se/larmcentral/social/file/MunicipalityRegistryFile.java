package se.larmcentral.social.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.file.YamlBinding;
import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;
import se.larmcentral.social.Municipality;
import se.larmcentral.social.MunicipalityRegistry;

/**
 * Reads the municipality registry data file ({@code municipalities.yaml}, format {@code larm-municipalities/1}):
 * counties, each with its municipalities as a map of SCB code to short name. Validated on load; errors name
 * the place in the file.
 */
public final class MunicipalityRegistryFile {

    /** The registry shipped with the product. */
    public static final String RESOURCE = "/se/larmcentral/social/municipalities.yaml";
    static final String FORMAT = "larm-municipalities/1";

    record CountyEntry(String code, String name, Map<String, String> municipalities) {
    }

    record RegistryEntry(String format, List<CountyEntry> counties) {
    }

    private MunicipalityRegistryFile() {
    }

    /** The 290 Swedish municipalities, from the shipped data file. */
    public static MunicipalityRegistry standard() {
        try (InputStream in = MunicipalityRegistryFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MunicipalityRegistry read(InputStream in) throws IOException {
        RegistryEntry file;
        try {
            YamlNode document = YamlReader.read("municipalities", in);
            if (document.isNull()) {
                throw new InvalidInputException("file", "is empty");
            }
            file = YamlBinding.bind(document, RegistryEntry.class);
        } catch (YamlFileException e) {
            throw new InvalidInputException(e.path().isEmpty() ? "file" : e.path(), e.reasonWithPosition());
        }
        if (!FORMAT.equals(file.format())) {
            throw new InvalidInputException("format", "expected '" + FORMAT + "', was '" + file.format() + "'");
        }
        if (file.counties() == null) {
            throw new InvalidInputException("counties", "is missing");
        }
        List<Municipality> all = new ArrayList<>();
        for (int i = 0; i < file.counties().size(); i++) {
            CountyEntry county = file.counties().get(i);
            if (county == null || county.municipalities() == null) {
                throw new InvalidInputException("counties[" + i + "].municipalities", "is missing");
            }
            for (var e : county.municipalities().entrySet()) {
                try {
                    all.add(new Municipality(e.getKey(), e.getValue(), county.code()));
                } catch (InvalidInputException ex) {
                    throw new InvalidInputException("counties[" + i + "].municipalities." + e.getKey(), ex.reason());
                }
            }
        }
        return new MunicipalityRegistry(all);
    }
}
