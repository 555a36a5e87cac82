package se.larmcentral.demo;

import se.larmcentral.core.Command;
import se.larmcentral.centre.CentreState;
import se.larmcentral.social.file.ApplyConfiguration;
import se.larmcentral.social.file.PlacedCommand;
import se.larmcentral.social.file.SocialConfigurationReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The demo's social on-call forwarding: the 26 municipalities of Stockholm County from the social module's
 * {@code demo-stockholm.yaml} (illustrative numbers from PTS's fiction series), read and checked by its
 * configuration reader.
 */
public final class StockholmSocialSeed implements DemoSeed {

    public static final String RESOURCE = "/se/larmcentral/social/demo-stockholm.yaml";

    @Override
    public String name() {
        return "social on-call forwarding, Stockholm County (illustrative numbers)";
    }

    @Override
    public List<Command<CentreState, ?>> commands(Instant now) {
        List<PlacedCommand> placed;
        try (InputStream in = SocialConfigurationReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the social module's demo file " + RESOURCE + " is missing from the class path");
            }
            placed = SocialConfigurationReader.commands(SocialConfigurationReader.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one command for the whole file: the journal records all of it or nothing
        return List.of(new ApplyConfiguration(placed).on(CentreState::social));
    }
}
